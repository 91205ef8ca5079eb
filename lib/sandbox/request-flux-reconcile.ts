// How the sandbox asks Flux to reconcile now, for `flux reconcile`/`flux resume` in the terminal
// and for "Refresh now": stamp reconcile.fluxcd.io/requestedAt with the current time in Flux's
// own format, and the controllers reconcile at their next pass.
import { listObjects } from "@/lib/kube/list-objects";
import { keyOf } from "@/lib/kube/object-key";
import type { KubeObject } from "@/lib/kube/types";
import { FLUX_NAMESPACE, REQUESTED_AT_ANNOTATION } from "@/lib/reconciler/flux/flux-specs";
import { patchLive } from "@/lib/reconciler/world/patch-live";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { rfc3339Nano } from "./terminal/format-time";

/** The field manager `flux` writes with. */
export const FLUX_MANAGER = "flux";

const FLUX_KINDS = [
  ["source.toolkit.fluxcd.io", "GitRepository"],
  ["kustomize.toolkit.fluxcd.io", "Kustomization"],
] as const;

/** `live` with a reconcile request stamped at `now`. */
export function withReconcileRequest(live: KubeObject, now: number): KubeObject {
  return { ...live, metadata: { ...live.metadata, annotations: { ...(live.metadata.annotations ?? {}), [REQUESTED_AT_ANNOTATION]: rfc3339Nano(now) } } };
}

/** "Refresh now": a reconcile request on every GitRepository and Kustomization. */
export function requestFluxReconcile(input: WorldState): WorldState {
  let world = input;
  for (const [group, kind] of FLUX_KINDS) {
    for (const object of listObjects(world.clusters[HUB_CLUSTER], { group, kind, namespace: FLUX_NAMESPACE })) {
      const patched = patchLive(world, HUB_CLUSTER, keyOf(object), (live) => withReconcileRequest(live, world.now), FLUX_MANAGER);
      if (patched.ok) world = patched.world;
    }
  }
  return world;
}
