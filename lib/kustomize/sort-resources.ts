// kustomize build's default "legacy" order (SortOrderTransformer, legacyIDSorter): kinds in
// a fixed list first (Namespace … PodDisruptionBudget), unknown kinds next, webhook
// configurations last; ties broken by "group_version_kind" then "gvk|namespace|name"
// strings, with "~G", "~V", "~X" standing in for an empty group, version or namespace.
import { gvkOf, nameOf, namespaceOf, type Gvk } from "./resource";
import type { JsonObject } from "./json-value";

const ORDER_FIRST = [
  "Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy", "Role",
  "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service", "LimitRange",
  "PriorityClass", "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet", "CronJob", "PodDisruptionBudget",
];
const ORDER_LAST = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];

const RANK = new Map<string, number>([
  ...ORDER_FIRST.map((kind, i) => [kind, i - ORDER_FIRST.length] as const),
  ...ORDER_LAST.map((kind, i) => [kind, i + 1] as const),
]);

function gvkString(gvk: Gvk): string {
  return `${gvk.group || "~G"}_${gvk.version || "~V"}_${gvk.kind || "~K"}`;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts objects in kustomize's legacy order; returns a new array.
 * @example sortResources([deployment, namespace]) // [namespace, deployment]
 */
export function sortResources<T extends { object: JsonObject }>(items: readonly T[]): T[] {
  const keyed = items.map((item) => {
    const gvk = gvkOf(item.object);
    const gvkText = gvkString(gvk);
    return { item, rank: RANK.get(gvk.kind) ?? 0, gvkText, id: `${gvkText}|${namespaceOf(item.object) || "~X"}|${nameOf(item.object) || "~N"}` };
  });
  keyed.sort((a, b) => a.rank - b.rank || compareStrings(a.gvkText, b.gvkText) || compareStrings(a.id, b.id));
  return keyed.map(({ item }) => item);
}
