// Changing a live object by hand — `kubectl scale`, `kubectl edit`, `kubectl label` — the way
// drift happens: read the object, change it, write it back under the tool's field manager.
import { applyObject } from "@/lib/kube/apply";
import { getObject } from "@/lib/kube/get-object";
import type { KubeObject, ObjectKey } from "@/lib/kube/types";
import type { ApplyOutcome } from "./apply-to-cluster";
import { withEvent, type WorldState } from "./world-state";

/**
 * @example patchLive(world, "in-cluster", { group: "apps", kind: "Deployment", namespace: "shop", name: "web" },
 *            (d) => ({ ...d, spec: { ...d.spec, replicas: 10 } }), "kubectl-scale")
 */
export function patchLive(world: WorldState, cluster: string, key: ObjectKey, change: (live: KubeObject) => KubeObject, fieldManager: string): ApplyOutcome {
  const state = world.clusters[cluster];
  if (!state) return { ok: false, world, message: `there is no cluster named ${cluster}` };
  const live = getObject(state, key);
  if (!live) return { ok: false, world, message: `${key.kind.toLowerCase()}s "${key.name}" not found` };
  const result = applyObject(state, change(structuredClone(live)), { fieldManager, operation: "Update" });
  if (!result.ok) return { ok: false, world, message: result.error.message };
  const next = { ...world, clusters: { ...world.clusters, [cluster]: result.state } };
  if (result.action === "unchanged") return { ok: true, world: next };
  return {
    ok: true,
    world: withEvent(next, {
      source: fieldManager,
      cluster,
      object: `${key.kind}/${key.namespace ? `${key.namespace}/` : ""}${key.name}`,
      type: "Normal",
      reason: "Updated",
      message: `${key.kind.toLowerCase()}/${key.name} changed by ${fieldManager}`,
    }),
  };
}
