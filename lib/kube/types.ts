/** A JSON value as the API server stores it: plain data that crosses a worker boundary. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** An owner reference as Kubernetes records it on dependents (used by the garbage collector). */
export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

/** One `metadata.managedFields` entry: who last wrote which fields (FieldsV1 format). */
export interface ManagedFieldsEntry {
  manager: string;
  operation: "Apply" | "Update";
  apiVersion: string;
  time: string;
  fieldsType: "FieldsV1";
  fieldsV1: JsonObject;
  subresource?: string;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  managedFields?: ManagedFieldsEntry[];
  [key: string]: unknown;
}

/**
 * A Kubernetes object as stored: apiVersion, kind, metadata and any other top-level fields.
 * Example: `{ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a", namespace: "default" }, data: {} }`
 */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The identity of an object in the store: (group, kind, namespace, name). */
export interface ObjectKey {
  group: string;
  kind: string;
  namespace: string;
  name: string;
}

/** A change notification like a watch event. */
export interface ChangeEvent {
  type: "ADDED" | "MODIFIED" | "DELETED";
  time: string;
  resourceVersion: string;
  fieldManager: string;
  object: KubeObject;
}

/** A validation problem with the field path it concerns, e.g. `spec.replicas: must be integer`. */
export interface FieldError {
  path: string;
  message: string;
}
