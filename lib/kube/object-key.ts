import type { KubeObject, ObjectKey } from "./types";

/** Kubernetes: the API group is the part of apiVersion before the slash; "v1" is the core group "". */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}

/** Example: `keyOf({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "shop" } })` */
export function keyOf(object: KubeObject): ObjectKey {
  return {
    group: groupOf(object.apiVersion),
    kind: object.kind,
    namespace: object.metadata.namespace ?? "",
    name: object.metadata.name,
  };
}

/** The store's map key: `group/kind/namespace/name`, which also sorts objects deterministically. */
export function keyString(key: ObjectKey): string {
  return `${key.group}/${key.kind}/${key.namespace}/${key.name}`;
}

/** Example: `describeKey(key)` → `Deployment shop/web` */
export function describeKey(key: ObjectKey): string {
  const group = key.group ? `.${key.group}` : "";
  return `${key.kind}${group} ${key.namespace ? `${key.namespace}/` : ""}${key.name}`;
}

/** Byte-order comparison so sorting never depends on the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
