// The sandbox's demo scenarios, in the order the picker shows them. Each is pure data (see
// ../scenario.ts); bootstrapScenario turns one into a running world.
import type { Scenario } from "../scenario";
import { argocdSingleApp } from "./argocd-single-app";
import { environments } from "./environments";
import { fluxSingleApp } from "./flux-single-app";
import { twoClusters } from "./two-clusters";

export const SCENARIOS: readonly Scenario[] = [argocdSingleApp, fluxSingleApp, environments, twoClusters];

/** @example findScenario("argocd-single-app")?.title // "One app with Argo CD" */
export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}
