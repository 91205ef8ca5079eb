// A strategic merge patch, as kustomize applies it (kyaml merge2 with Kubernetes' patch
// strategies): maps merge recursively, `null` deletes a field, `$patch: delete` removes the
// map (or list element) it sits in, `$patch: replace` replaces instead of merging, and lists
// of containers, ports, env, volumes… merge element by element on their merge key; any other
// list is replaced. Merge keys come from the Kubernetes OpenAPI schema, so they apply to
// built-in kinds only: kustomize has no schema for custom resources (an Argo Rollout's
// containers, say) and replaces their lists wholesale (measured on v5.5).
import { isJsonObject, type JsonObject, type JsonValue } from "./json-value";
import { gvkOf } from "./resource";

// API groups of the built-in kinds in kustomize's OpenAPI schema.
const BUILT_IN_GROUPS = new Set([
  "", "apps", "batch", "autoscaling", "policy", "extensions", "networking.k8s.io", "rbac.authorization.k8s.io",
  "storage.k8s.io", "scheduling.k8s.io", "apiextensions.k8s.io", "admissionregistration.k8s.io", "apiregistration.k8s.io",
  "certificates.k8s.io", "coordination.k8s.io", "discovery.k8s.io", "events.k8s.io", "flowcontrol.apiserver.k8s.io",
  "node.k8s.io", "resource.k8s.io", "authentication.k8s.io", "authorization.k8s.io",
]);

// Primitive lists whose patch strategy is merge: the patch's values first, then the others.
const MERGED_PRIMITIVE_LISTS = new Set(["finalizers"]);

// Kubernetes' x-kubernetes-patch-merge-key for the list fields that have one.
export const PATCH_MERGE_KEYS: Readonly<Record<string, string>> = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  env: "name",
  volumes: "name",
  volumeMounts: "mountPath",
  volumeDevices: "devicePath",
  imagePullSecrets: "name",
  hostAliases: "ip",
  topologySpreadConstraints: "topologyKey",
  conditions: "type",
  webhooks: "name",
  secrets: "name",
  schedulingGates: "name",
  resourceClaims: "name",
  ownerReferences: "uid",
};

/** The merge key of a list field, or null when the list is replaced wholesale. */
function mergeKeyFor(field: string, base: readonly JsonValue[], patch: readonly JsonValue[]): string | null {
  if (field === "ports") {
    // Container ports merge on containerPort, Service ports on port.
    return [...base, ...patch].some((item) => isJsonObject(item) && "containerPort" in item) ? "containerPort" : "port";
  }
  return PATCH_MERGE_KEYS[field] ?? null;
}

// Only $patch is understood. Kustomize's kyaml merge keeps $setElementOrder/…, $retainKeys
// and $deleteFromPrimitiveList/… as ordinary fields (measured on v5.5), and so does this.
function isDirective(key: string): boolean {
  return key === "$patch";
}

function withoutDirectives(patch: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const key of Object.keys(patch)) if (!isDirective(key)) result[key] = stripDirectives(patch[key]);
  return result;
}

function stripDirectives(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.filter((item) => !(isJsonObject(item) && item.$patch === "delete")).map(stripDirectives);
  return isJsonObject(value) ? withoutDirectives(value) : value;
}

// kyaml merge2 with ListIncreaseDirection=Prepend (kustomize's patchstrategicmerge filter):
// the result lists the patch's elements first, in patch order (each merged into its match),
// then the original elements the patch did not mention, in their original order.
// Ports are keyed by (port, protocol) in the schema. Measured on kustomize v5.5: elements
// match when both tuples are equal; when they share the port but only one states a protocol,
// the original element is kept as it is and the patch element is dropped.
function mergeList(field: string, base: readonly JsonValue[], patch: readonly JsonValue[], keyed: boolean): JsonValue[] {
  if (patch.some((item) => isJsonObject(item) && item.$patch === "replace")) {
    return patch.filter((item) => !(isJsonObject(item) && item.$patch === "replace")).map(stripDirectives);
  }
  if (keyed && MERGED_PRIMITIVE_LISTS.has(field) && ![...base, ...patch].some((item) => isJsonObject(item) || Array.isArray(item))) {
    return [...new Set([...patch, ...base].map((item) => JSON.stringify(item)))].map((item) => JSON.parse(item) as JsonValue);
  }
  const key = keyed ? mergeKeyFor(field, base, patch) : null;
  if (key === null || !patch.every(isJsonObject)) return patch.map(stripDirectives);
  const withProtocol = field === "ports";
  const tuple = (item: JsonObject) => JSON.stringify([item[key], withProtocol ? (item.protocol ?? "") : ""]);
  const originals = base.filter(isJsonObject);
  const used = new Set<JsonObject>();
  const result: JsonValue[] = [];
  for (const item of patch as JsonObject[]) {
    const exact = originals.find((original) => item[key] !== undefined && tuple(original) === tuple(item));
    const shadowed = withProtocol && !exact && originals.some((original) => original[key] === item[key] && (original.protocol === undefined) !== (item.protocol === undefined));
    if (exact) used.add(exact);
    if (item.$patch === "delete" || shadowed) continue;
    result.push(exact ? mergeObjects(exact, item, keyed) : withoutDirectives(item));
  }
  for (const item of base) if (!isJsonObject(item) || !used.has(item)) result.push(item);
  return result;
}

function mergeValue(field: string, base: JsonValue | undefined, patch: JsonValue, keyed: boolean): JsonValue {
  if (isJsonObject(patch)) {
    if (patch.$patch === "replace") return withoutDirectives(patch);
    return isJsonObject(base) ? mergeObjects(base, patch, keyed) : withoutDirectives(patch);
  }
  if (Array.isArray(patch)) return Array.isArray(base) ? mergeList(field, base, patch, keyed) : stripDirectives(patch);
  return patch;
}

/**
 * Merges a strategic merge patch into `base` and returns the result (null when the patch
 * deletes the whole object). Neither argument is changed.
 * @example mergeObjects({ a: 1, b: { c: 2 } }, { b: { c: null, d: 3 } }) // { a: 1, b: { d: 3 } }
 */
export function mergeObjects(base: JsonObject, patch: JsonObject, keyed = true): JsonObject {
  const result: JsonObject = { ...base };
  for (const key of Object.keys(patch)) {
    if (isDirective(key)) continue;
    const value = patch[key];
    if (value === undefined) continue;
    if (value === null) delete result[key];
    else if (isJsonObject(value) && value.$patch === "delete") delete result[key];
    else {
      const merged = mergeValue(key, result[key], value, keyed);
      // kyaml drops a map that the patch emptied (e.g. every annotation set to null).
      if (isJsonObject(merged) && Object.keys(merged).length === 0 && isJsonObject(value) && Object.keys(value).length > 0) delete result[key];
      else result[key] = merged;
    }
  }
  return result;
}

/**
 * Applies a strategic merge patch to an object; returns null when the patch is
 * `$patch: delete` at the top, which removes the resource.
 * @example strategicMerge(deployment, { spec: { replicas: 3 } })
 */
export function strategicMerge(base: JsonObject, patch: JsonObject): JsonObject | null {
  if (patch.$patch === "delete") return null;
  if (patch.$patch === "replace") return withoutDirectives(patch);
  return mergeObjects(base, patch, BUILT_IN_GROUPS.has(gvkOf(base).group));
}
