// The `namespace:` field (kustomize's NamespaceTransformer): every namespaced object moves to
// the namespace, a Namespace object is renamed to it, RoleBinding/ClusterRoleBinding subjects
// named "default" get it (the default ServiceAccount), and the service references of
// webhooks, APIServices and CRD conversion webhooks follow.
import { fieldSpecApplies, splitFieldPath, visitFieldPath, type FieldSpec } from "./field-path";
import { isJsonObject, type JsonObject } from "./json-value";
import { ensureMetadata, gvkOf, isClusterScoped, storePreviousId, transformObject, type Resource } from "./resource";

const SERVICE_NAMESPACE_SPECS: readonly FieldSpec[] = [
  { path: "webhooks/clientConfig/service/namespace", kind: "ValidatingWebhookConfiguration", group: "admissionregistration.k8s.io" },
  { path: "webhooks/clientConfig/service/namespace", kind: "MutatingWebhookConfiguration", group: "admissionregistration.k8s.io" },
  { path: "spec/service/namespace", kind: "APIService", group: "apiregistration.k8s.io" },
  { path: "spec/conversion/webhook/clientConfig/service/namespace", kind: "CustomResourceDefinition", group: "apiextensions.k8s.io" },
];

function setSubjectNamespaces(object: JsonObject, namespace: string): void {
  if (!Array.isArray(object.subjects)) return;
  for (const subject of object.subjects) {
    if (isJsonObject(subject) && subject.name === "default") subject.namespace = namespace;
  }
}

function setNamespaceOn(object: JsonObject, namespace: string): void {
  const gvk = gvkOf(object);
  if (gvk.kind === "Namespace" && gvk.group === "") ensureMetadata(object).name = namespace;
  if (!isClusterScoped(gvk.kind)) ensureMetadata(object).namespace = namespace;
  if (gvk.kind === "RoleBinding" || gvk.kind === "ClusterRoleBinding") setSubjectNamespaces(object, namespace);
  for (const spec of SERVICE_NAMESPACE_SPECS) {
    if (!fieldSpecApplies(spec, gvk)) continue;
    visitFieldPath(object, splitFieldPath(spec.path), false, (parent, key) => {
      parent[key] = namespace;
    });
  }
}

/**
 * Moves every namespaced resource into `namespace`.
 * @example setNamespace(resources, "prod")
 */
export function setNamespace(resources: readonly Resource[], namespace: string | undefined): Resource[] {
  if (!namespace) return [...resources];
  // Kustomize stores every resource's id before setting the namespace, changed or not, which
  // makes each one a candidate when references are fixed (a subject gains the namespace).
  return resources.map((resource) => transformObject(storePreviousId(resource), (object) => setNamespaceOn(object, namespace), false));
}
