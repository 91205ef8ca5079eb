// Where the selected resource's details go: under the first tree of the current view that
// shows it (so they sit next to the row that was chosen), else at the bottom of the view (a
// selection made elsewhere, for example from the terminal). Pure.
import type { ApplicationView, FluxKustomizationView } from "@/lib/sandbox/view-schema";
import { findNode, type Selection } from "./flatten-tree";
import { applicationRoot, kustomizationRoot } from "./tree-roots";

export type ClusterMode = "argo" | "flux";

export type DetailsPlace = { place: "none" } | { place: "card"; key: string } | { place: "bottom" };

/** The key of a Kustomization card: "namespace/name". */
export function kustomizationKey(kustomization: Pick<FluxKustomizationView, "namespace" | "name">): string {
  return `${kustomization.namespace}/${kustomization.name}`;
}

/**
 * @example detailsPlace("argo", selection, [web], [], null) // { place: "card", key: "web" }
 */
export function detailsPlace(
  mode: ClusterMode | null,
  selection: Selection | null,
  applications: readonly ApplicationView[],
  kustomizations: readonly FluxKustomizationView[],
  cluster: string | null,
): DetailsPlace {
  if (!selection || mode === null) return { place: "none" };
  if (mode === "argo") {
    const app = applications.find((candidate) => findNode([applicationRoot(candidate, cluster)], selection));
    return app ? { place: "card", key: app.name } : { place: "bottom" };
  }
  const kustomization = kustomizations.find((candidate) => findNode([kustomizationRoot(candidate, cluster)], selection));
  return kustomization ? { place: "card", key: kustomizationKey(kustomization) } : { place: "bottom" };
}

/** The views worth a tab: Argo CD when there are Applications, Flux when there are sources or Kustomizations. */
export function availableModes(view: { applications: readonly unknown[]; flux: { sources: readonly unknown[]; kustomizations: readonly unknown[] } }): ClusterMode[] {
  const modes: ClusterMode[] = [];
  if (view.applications.length > 0) modes.push("argo");
  if (view.flux.sources.length > 0 || view.flux.kustomizations.length > 0) modes.push("flux");
  return modes;
}
