import { canonicalJson } from "../canonical-json";
import { changedFields, fieldsOf, recordManagedFields, type FieldsTree } from "../managed-fields";
import type { KubeObject, ObjectMeta } from "../types";
import type { ClusterWriter } from "./cluster-writer";

// Metadata the API server owns: never taken from a manifest, never counted as a user's field.
const SYSTEM_METADATA = ["uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "deletionTimestamp"];

/** The user-settable content of an object: everything but status and system metadata. */
export function userContent(object: KubeObject): Record<string, unknown> {
  const { status: _status, metadata, ...rest } = object;
  const userMetadata = Object.fromEntries(Object.entries(metadata).filter(([key]) => !SYSTEM_METADATA.includes(key)));
  return { ...rest, metadata: userMetadata };
}

/**
 * The fields a writer can own, as FieldsV1: user content without the identity fields
 * (apiVersion, kind, metadata.name/namespace), which managedFields never lists.
 * Example: `claimableFields(configMap)` → `{ "f:data": { "f:color": {} } }`
 */
export function claimableFields(object: KubeObject): FieldsTree {
  const { apiVersion: _apiVersion, kind: _kind, metadata, ...rest } = userContent(object) as Record<string, unknown> & { metadata: Record<string, unknown> };
  const { name: _name, namespace: _namespace, ...ownedMetadata } = metadata;
  return fieldsOf(Object.keys(ownedMetadata).length > 0 ? { ...rest, metadata: ownedMetadata } : rest);
}

/** Kubernetes: generation counts changes to everything except metadata and status. */
export function specChanged(before: KubeObject, after: KubeObject): boolean {
  const strip = (object: KubeObject) => {
    const { status: _status, metadata: _metadata, ...rest } = object;
    return canonicalJson(rest);
  };
  return strip(before) !== strip(after);
}

export interface WriteOptions {
  fieldManager: string;
  operation?: "Apply" | "Update";
  /** Fields the writer claims; defaults to all fields (create) or the changed ones (update). */
  fields?: FieldsTree;
}

/**
 * Create an object: uid, creationTimestamp, generation 1 and resourceVersion come from the cluster.
 * Example: `createObject(writer, pod, { fieldManager: "kube-controller-manager" })`
 */
export function createObject(writer: ClusterWriter, object: KubeObject, options: WriteOptions): KubeObject {
  const metadata: ObjectMeta = {
    ...object.metadata,
    uid: writer.newUid(),
    generation: 1,
    creationTimestamp: writer.nowIso(),
  };
  const draft: KubeObject = { ...object, metadata };
  const fields = options.fields ?? claimableFields(draft);
  metadata.managedFields = recordManagedFields([], {
    manager: options.fieldManager,
    operation: options.operation ?? "Update",
    apiVersion: object.apiVersion,
    time: writer.nowIso(),
    fields,
  });
  return writer.put(draft, options.fieldManager);
}

/**
 * Replace an object's user content (status and system metadata kept). A no-op write changes nothing,
 * as in Kubernetes (no new resourceVersion, no event).
 */
export function updateObject(writer: ClusterWriter, live: KubeObject, next: KubeObject, options: WriteOptions): KubeObject {
  const merged: KubeObject = {
    ...next,
    metadata: {
      ...next.metadata,
      uid: live.metadata.uid,
      creationTimestamp: live.metadata.creationTimestamp,
      generation: live.metadata.generation,
      managedFields: live.metadata.managedFields,
      resourceVersion: live.metadata.resourceVersion,
    },
    ...(live.status !== undefined ? { status: live.status } : {}),
  };
  const changed = changedFields(userContent(live), userContent(merged));
  const claimed = options.fields ?? changed;
  const operation = options.operation ?? "Update";
  // Removals change content without adding fields, so compare content, not just changed fields.
  if (canonicalJson(userContent(live)) === canonicalJson(userContent(merged))) {
    // Kubernetes: a no-op write keeps the resourceVersion and the managedFields timestamps.
    const previous = (live.metadata.managedFields ?? []).find(
      (entry) => entry.manager === options.fieldManager && entry.operation === operation && !entry.subresource,
    );
    if (operation === "Update" || (previous && canonicalJson(previous.fieldsV1) === canonicalJson(claimed))) return live;
  }
  const managedFields = claimed
    ? recordManagedFields(live.metadata.managedFields ?? [], {
        manager: options.fieldManager,
        operation,
        apiVersion: next.apiVersion,
        time: writer.nowIso(),
        fields: claimed,
      })
    : live.metadata.managedFields;
  const generation = (live.metadata.generation ?? 1) + (specChanged(live, merged) ? 1 : 0);
  const candidate: KubeObject = { ...merged, metadata: { ...merged.metadata, generation, managedFields } };
  if (canonicalJson(candidate) === canonicalJson(live)) return live;
  return writer.put(candidate, options.fieldManager);
}

/**
 * Write the status subresource: never bumps generation; no write when nothing changed.
 * Example: `updateStatus(writer, deployment, { replicas: 3 }, "kube-controller-manager")`
 */
export function updateStatus(writer: ClusterWriter, live: KubeObject, status: Record<string, unknown>, fieldManager: string): KubeObject {
  // Controllers build statuses in a fixed key order, so plain JSON equality is the fast path.
  if (JSON.stringify(status) === JSON.stringify(live.status ?? {})) return live;
  if (canonicalJson(status) === canonicalJson(live.status ?? {})) return live;
  const fields = changedFields(live.status ?? {}, status);
  const managedFields = fields
    ? recordManagedFields(live.metadata.managedFields ?? [], {
        manager: fieldManager,
        operation: "Update",
        apiVersion: live.apiVersion,
        time: writer.nowIso(),
        fields: { "f:status": fields },
        subresource: "status",
      })
    : live.metadata.managedFields;
  return writer.put({ ...live, status, metadata: { ...live.metadata, managedFields } }, fieldManager);
}
