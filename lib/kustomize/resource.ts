// A resource during a build: the manifest plus what kustomize tracks beside it — the names and
// namespaces it had before transformers changed them (so references to an old name can be
// rewritten at the end, as kustomize's nameReference transformer does), where it came from,
// and whether it wants a content-hash suffix.
import { isJsonObject, type JsonObject } from "./json-value";

export interface Resource {
  readonly object: JsonObject;
  /** The file (or kustomization, for generated objects) that declared it, for messages. */
  readonly file: string;
  /** The ids (name, namespace) it had before the current one, oldest first (kustomize's PrevIds). */
  readonly previousIds: readonly ResourceId[];
  /** namePrefix / nameSuffix values applied to it, innermost first (kustomize's build annotations). */
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  /** Set on generated ConfigMaps/Secrets that get kustomize's hash suffix at the end. */
  readonly hashSuffix: boolean;
}

export interface ResourceId {
  readonly name: string;
  readonly namespace: string;
}

export interface Gvk {
  group: string;
  version: string;
  kind: string;
}

// Cluster-scoped kinds. Kustomize v5 asks its built-in Kubernetes OpenAPI schema (kyaml
// openapi.IsNamespaceable); this is that schema's list of cluster-scoped built-in kinds (plus
// resid's NotNamespaceableKinds). Unknown kinds, custom resources included, are namespaced.
const CLUSTER_SCOPED = new Set([
  "APIService", "CSIDriver", "CSINode", "CertificateSigningRequest", "Cluster", "ClusterRole", "ClusterRoleBinding",
  "ClusterTrustBundle", "ComponentStatus", "CustomResourceDefinition", "FlowSchema", "IngressClass", "IPAddress",
  "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding", "MutatingWebhookConfiguration", "Namespace", "Node",
  "PersistentVolume", "PodSecurityPolicy", "PriorityClass", "PriorityLevelConfiguration", "RuntimeClass",
  "SelfSubjectAccessReview", "SelfSubjectReview", "SelfSubjectRulesReview", "ServiceCIDR", "StorageClass",
  "StorageVersion", "StorageVersionMigration", "SubjectAccessReview", "TokenReview", "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding", "ValidatingWebhookConfiguration", "VolumeAttachment",
]);

/**
 * Group, version and kind of a manifest.
 * @example gvkOf({ apiVersion: "apps/v1", kind: "Deployment" }) // { group: "apps", version: "v1", kind: "Deployment" }
 */
export function gvkOf(object: JsonObject): Gvk {
  const apiVersion = typeof object.apiVersion === "string" ? object.apiVersion : "";
  const slash = apiVersion.indexOf("/");
  const kind = typeof object.kind === "string" ? object.kind : "";
  return slash < 0 ? { group: "", version: apiVersion, kind } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1), kind };
}

/**
 * True for kinds kustomize treats as cluster scoped.
 * @example isClusterScoped("ClusterRole") // true
 */
export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

function metadataOf(object: JsonObject): JsonObject {
  return isJsonObject(object.metadata) ? object.metadata : {};
}

/**
 * metadata.name, or "".
 * @example nameOf({ metadata: { name: "web" } }) // "web"
 */
export function nameOf(object: JsonObject): string {
  const name = metadataOf(object).name;
  return typeof name === "string" ? name : "";
}

/**
 * metadata.namespace, or "".
 * @example namespaceOf({ metadata: { name: "web" } }) // ""
 */
export function namespaceOf(object: JsonObject): string {
  const namespace = metadataOf(object).namespace;
  return typeof namespace === "string" ? namespace : "";
}

/**
 * A new resource around a freshly parsed object.
 * @example makeResource({ kind: "ConfigMap", metadata: { name: "a" } }, "base/cm.yaml")
 */
export function makeResource(object: JsonObject, file: string, hashSuffix = false): Resource {
  return { object, file, previousIds: [], prefixes: [], suffixes: [], hashSuffix };
}

/**
 * The same resource with its current id remembered (kustomize's StorePreviousId).
 * @example storePreviousId(resource).previousIds // [..., { name: "web", namespace: "" }]
 */
export function storePreviousId(resource: Resource): Resource {
  return { ...resource, previousIds: [...resource.previousIds, { name: nameOf(resource.object), namespace: namespaceOf(resource.object) }] };
}

/**
 * The same resource with a new object; a changed name or namespace is remembered.
 * @example withObject(resource, renamedObject).previousIds // [..., the old id]
 */
export function withObject(resource: Resource, object: JsonObject): Resource {
  const changed = nameOf(object) !== nameOf(resource.object) || namespaceOf(object) !== namespaceOf(resource.object);
  return { ...(changed ? storePreviousId(resource) : resource), object };
}

/**
 * Every name the resource is known by: its history and its current name.
 * @example allNames(prefixedResource) // ["web", "prod-web"]
 */
export function allNames(resource: Resource): string[] {
  return [...resource.previousIds.map((id) => id.name), nameOf(resource.object)];
}

/**
 * Every id the resource had, oldest first, the current one last (kustomize's "any id").
 * @example allIds(prefixedResource) // [{ name: "web", namespace: "" }, { name: "prod-web", namespace: "" }]
 */
export function allIds(resource: Resource): ResourceId[] {
  return [...resource.previousIds, { name: nameOf(resource.object), namespace: namespaceOf(resource.object) }];
}

/**
 * True when the resource has, or once had, this name in this namespace ("" counts as "default").
 * @example hadId(resource, "web", "") // true for a Deployment web later moved to prod
 */
export function hadId(resource: Resource, name: string, namespace: string): boolean {
  return allIds(resource).some((id) => id.name === name && (id.namespace || "default") === (namespace || "default"));
}

/**
 * Every namespace the resource was in: its history and its current one.
 * @example allNamespaces(movedResource) // ["", "prod"]
 */
export function allNamespaces(resource: Resource): string[] {
  return [...resource.previousIds.map((id) => id.namespace), namespaceOf(resource.object)];
}

/**
 * A readable id for messages.
 * @example describeResource(deployment) // "Deployment web (namespace prod)"
 */
export function describeResource(object: JsonObject): string {
  const namespace = namespaceOf(object);
  return `${gvkOf(object).kind || "object"} ${nameOf(object) || "(no name)"}${namespace ? ` (namespace ${namespace})` : ""}`;
}

/**
 * The id kustomize refuses to see twice: group, kind, namespace ("" counts as "default") and name.
 * @example resourceKey(deployment) // "apps|Deployment|default|web"
 */
export function resourceKey(object: JsonObject): string {
  const { group, kind } = gvkOf(object);
  const namespace = isClusterScoped(kind) ? "" : namespaceOf(object) || "default";
  return `${group}|${kind}|${namespace}|${nameOf(object)}`;
}

/**
 * Applies `mutate` to a deep copy of the resource's object and returns the updated resource;
 * the input is never changed.
 * @example transformObject(resource, (object) => { object.kind = "ConfigMap"; })
 */
export function transformObject(resource: Resource, mutate: (object: JsonObject) => void, trackIds = true): Resource {
  const object = structuredClone(resource.object);
  mutate(object);
  return trackIds ? withObject(resource, object) : { ...resource, object };
}

/**
 * The metadata map of an object, created when missing (the object must be a copy).
 * @example ensureMetadata(copy).name = "web"
 */
export function ensureMetadata(object: JsonObject): JsonObject {
  if (!isJsonObject(object.metadata)) object.metadata = {};
  return object.metadata as JsonObject;
}
