import { NotFoundError, type KubeErrorData } from "./errors";
import { describeKey } from "./object-key";
import type { ClusterState } from "./store/cluster-state";
import { ClusterWriter } from "./store/cluster-writer";
import { updateStatus } from "./store/write-object";
import type { ObjectKey } from "./types";

export type UpdateStatusResult = { ok: true; state: ClusterState } | { ok: false; state: ClusterState; error: KubeErrorData };

/**
 * Write an object's status subresource, as a controller does: the rest of the object is left
 * alone, generation does not move, and an unchanged status writes nothing.
 * Example: `updateObjectStatus(cluster, key, { sync: { status: "Synced" } }, "argocd-application-controller")`
 */
export function updateObjectStatus(state: ClusterState, key: ObjectKey, status: Record<string, unknown>, fieldManager: string): UpdateStatusResult {
  const writer = new ClusterWriter(state);
  const live = writer.get(key);
  if (!live) return { ok: false, state, error: new NotFoundError(describeKey(key)).toJSON() };
  updateStatus(writer, live, status, fieldManager);
  return { ok: true, state: writer.commit(state) };
}

