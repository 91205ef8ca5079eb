// Worlds for the terminal tests, built with the reconciler's own harness over a real git
// repository: "shop", one Argo CD Application deploying a Deployment (3 replicas) and a Service
// to namespace "shop"; and "fluxShop", a GitRepository and a Kustomization doing the same.
import { applicationYaml, deploymentYaml, serviceYaml } from "../../reconciler/argocd/fixtures";
import { REPO_URL, setUpWorld } from "../../reconciler/argocd/world-harness";
import { gitRepositoryYaml, kustomizationYaml } from "../../reconciler/flux/flux-harness";
import { runTerminalLine, type TerminalContext, type TerminalOutcome } from "@/lib/sandbox/terminal";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import type { KubeObject } from "@/lib/kube/types";

export const SHOP_FILES = { "apps/web/deployment.yaml": deploymentYaml(3), "apps/web/service.yaml": serviceYaml };

type Sim = Awaited<ReturnType<typeof setUpWorld>>;

/** A terminal bound to `sim`: each line runs against the current world and keeps the one it returns. */
export function bindTerminal(sim: Sim) {
  const context = (): TerminalContext => ({ world: sim.world, git: sim.git, repositories: { [REPO_URL]: sim.repo }, activeRepo: REPO_URL });
  const run = async (line: string): Promise<TerminalOutcome> => {
    const outcome = await runTerminalLine(context(), line);
    sim.world = outcome.world;
    return outcome;
  };
  return { sim, run, context };
}

/** `automated` is the Application's syncPolicy.automated ("" for a manual app); 20 s have passed. */
export async function shop(options: { automated?: string; extraObjects?: string[]; files?: Record<string, string> } = {}) {
  const application = applicationYaml({ automated: options.automated ?? "{ selfHeal: true }" });
  const sim = await setUpWorld(options.files ?? SHOP_FILES, [application, ...(options.extraObjects ?? [])], { seed: "terminal", fieldManager: "kubectl-client-side-apply" });
  await sim.advance(20_000);
  return bindTerminal(sim);
}

/** Flux applying apps/web into "shop" (interval 5m, source every 1m); 20 s have passed. */
export async function fluxShop() {
  const sim = await setUpWorld(SHOP_FILES, [gitRepositoryYaml(), kustomizationYaml("apps", "./apps/web")], { seed: "terminal-flux", fieldManager: "kubectl-client-side-apply" });
  await sim.advance(20_000);
  return bindTerminal(sim);
}

export function live(world: WorldState, key: string): KubeObject {
  return world.clusters[HUB_CLUSTER].objects[key];
}

export const deployment = (world: WorldState) => live(world, "apps/Deployment/shop/web") as KubeObject & { spec: { replicas: number; template: { spec: { containers: { name: string; image: string }[] } } } };
