// Every kubectl write to a live object goes through lib/reconciler's patchLive (so the change
// is recorded under the tool's field manager and logged on the timeline); this wrapper also says
// whether anything changed and keeps the very same world when nothing did, so the sandbox can
// tell a no-op from a change by reference.
import { getObject } from "@/lib/kube/get-object";
import type { KubeObject, ObjectKey } from "@/lib/kube/types";
import { patchLive } from "@/lib/reconciler/world/patch-live";
import type { WorldState } from "@/lib/reconciler/world/world-state";

export type LiveChange = { ok: true; world: WorldState; changed: boolean } | { ok: false; message: string };

/** @example changeLive(world, "in-cluster", key, (live) => ({ ...live, spec: { ...live.spec, replicas: 5 } }), "kubectl-scale") */
export function changeLive(world: WorldState, cluster: string, key: ObjectKey, change: (live: KubeObject) => KubeObject, fieldManager: string): LiveChange {
  const before = world.clusters[cluster] ? getObject(world.clusters[cluster], key) : undefined;
  const result = patchLive(world, cluster, key, change, fieldManager);
  if (!result.ok) return { ok: false, message: result.message };
  const after = getObject(result.world.clusters[cluster], key);
  const changed = after?.metadata.resourceVersion !== before?.metadata.resourceVersion;
  return changed ? { ok: true, world: result.world, changed } : { ok: true, world, changed };
}
