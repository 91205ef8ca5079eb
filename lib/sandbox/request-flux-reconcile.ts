// "Refresh now" for Flux: what `flux reconcile` does — stamp reconcile.fluxcd.io/requestedAt on
// every GitRepository and Kustomization — so the controllers reconcile at their next pass.
import { listObjects } from "@/lib/kube/list-objects";
import { keyOf } from "@/lib/kube/object-key";
import { FLUX_NAMESPACE, REQUESTED_AT_ANNOTATION } from "@/lib/reconciler/flux/flux-specs";
import { patchLive } from "@/lib/reconciler/world/patch-live";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";

const FLUX_KINDS = [
  ["source.toolkit.fluxcd.io", "GitRepository"],
  ["kustomize.toolkit.fluxcd.io", "Kustomization"],
] as const;

export function requestFluxReconcile(input: WorldState): WorldState {
  let world = input;
  const stamp = new Date(world.now).toISOString();
  for (const [group, kind] of FLUX_KINDS) {
    for (const object of listObjects(world.clusters[HUB_CLUSTER], { group, kind, namespace: FLUX_NAMESPACE })) {
      const patched = patchLive(
        world,
        HUB_CLUSTER,
        keyOf(object),
        (live) => ({ ...live, metadata: { ...live.metadata, annotations: { ...live.metadata.annotations, [REQUESTED_AT_ANNOTATION]: stamp } } }),
        "flux",
      );
      if (patched.ok) world = patched.world;
    }
  }
  return world;
}
