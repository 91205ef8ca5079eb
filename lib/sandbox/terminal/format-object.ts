// Objects as kubectl prints them with -o yaml / -o json: keys sorted (Go marshals maps in key
// order), YAML sequences not indented under their key, strings that YAML 1.1 would read as
// something else ("true", "123", timestamps) quoted, JSON indented by 4 spaces, and
// metadata.managedFields left out unless asked for (kubectl >= 1.21).
import { stringify } from "yaml";
import type { KubeObject } from "@/lib/kube/types";

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().filter((key) => record[key] !== undefined).map((key) => [key, sortKeys(record[key])]));
  }
  return value;
}

/** The object without metadata.managedFields, as `kubectl get -o yaml` and `kubectl edit` show it. */
export function withoutManagedFields(object: KubeObject): KubeObject {
  const { managedFields: _managedFields, ...metadata } = object.metadata;
  return { ...object, metadata };
}

/** @example toYaml({ spec: { replicas: 3 } }) // "spec:\n  replicas: 3" */
export function toYaml(value: unknown): string {
  return stringify(sortKeys(value), { indentSeq: false, lineWidth: 0, version: "1.1" }).replace(/\n$/, "");
}

export function toJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 4);
}

/** kubectl's wrapper for several objects: a v1 List. */
export function asList(items: readonly unknown[]): Record<string, unknown> {
  return { apiVersion: "v1", items, kind: "List", metadata: { resourceVersion: "" } };
}
