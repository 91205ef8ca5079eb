import { InvalidObjectError, NotFoundError, type KubeErrorData } from "./errors";
import { describeKey, keyOf } from "./object-key";
import type { ClusterState } from "./store/cluster-state";
import { ClusterWriter, type KubeEnv } from "./store/cluster-writer";
import { updateObject } from "./store/write-object";
import type { KubeObject, ObjectKey } from "./types";

export interface DeleteOptions {
  fieldManager: string;
  /** Kubernetes: Background (default) and Foreground delete dependents; Orphan leaves them ownerless. */
  propagationPolicy?: "Background" | "Foreground" | "Orphan";
  env?: KubeEnv;
}

export type DeleteResult =
  | { ok: true; state: ClusterState; deleted: KubeObject[] }
  | { ok: false; state: ClusterState; error: KubeErrorData };

/**
 * Delete an object and, through ownerReferences, its dependents (the garbage collector's cascade),
 * dependents first. The simulation deletes at once: no finalizers or graceful termination.
 * Example: `deleteObject(cluster, { group: "apps", kind: "Deployment", namespace: "shop", name: "web" }, { fieldManager: "argocd-controller" })`
 */
export function deleteObject(state: ClusterState, key: ObjectKey, options: DeleteOptions): DeleteResult {
  try {
    return deleteChecked(state, key, options);
  } catch (error) {
    // Only a malformed key can get here (e.g. from an untyped worker message).
    return { ok: false, state, error: new InvalidObjectError("delete request", [{ path: "(root)", message: String(error) }]).toJSON() };
  }
}

function deleteChecked(state: ClusterState, key: ObjectKey, options: DeleteOptions): DeleteResult {
  const writer = new ClusterWriter(state, options.env);
  const target = writer.get(key);
  if (!target) return { ok: false, state, error: new NotFoundError(describeKey(key)).toJSON() };
  if (options.propagationPolicy === "Orphan") {
    orphanDependents(writer, target, options.fieldManager);
    writer.remove(key, options.fieldManager);
    return { ok: true, state: writer.commit(state), deleted: [target] };
  }
  const deleted = cascadeDelete(writer, target, options.fieldManager);
  return { ok: true, state: writer.commit(state), deleted };
}

/** Delete `target` and everything that (transitively) names it as owner. Internal. */
export function cascadeDelete(writer: ClusterWriter, target: KubeObject, fieldManager: string): KubeObject[] {
  const uid = target.metadata.uid;
  const dependents = uid ? writer.dependentsOf(uid) : [];
  const deleted = dependents.flatMap((dependent) => cascadeDelete(writer, dependent, fieldManager));
  const removed = writer.remove(keyOf(target), fieldManager);
  return removed ? [...deleted, removed] : deleted;
}

function orphanDependents(writer: ClusterWriter, target: KubeObject, fieldManager: string): void {
  for (const object of writer.all()) {
    const owners = object.metadata.ownerReferences ?? [];
    if (!owners.some((owner) => owner.uid === target.metadata.uid)) continue;
    const rest = owners.filter((owner) => owner.uid !== target.metadata.uid);
    const metadata = { ...object.metadata };
    if (rest.length > 0) metadata.ownerReferences = rest;
    else delete metadata.ownerReferences;
    updateObject(writer, object, { ...object, metadata }, { fieldManager });
  }
}
