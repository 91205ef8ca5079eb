// Where one resource names another, after kustomize's built-in nameReference configuration
// (api/internal/konfig/builtinpluginconsts/namereference.go): for each referenced kind, the
// fields of other kinds that hold its name. When a prefix, suffix or hash renames the
// referenced object, these fields are rewritten to the new name.
import type { FieldSpec } from "./field-path";

export interface NameReferenceRule {
  /** The referenced kind, and its group ("" for the core group). */
  readonly kind: string;
  readonly group: string;
  readonly referrers: readonly FieldSpec[];
}

const POD_SPEC_PATHS: readonly (readonly [string, string])[] = [
  ["Pod", "spec"],
  ["PodTemplate", "template/spec"],
  ["Deployment", "spec/template/spec"],
  ["ReplicaSet", "spec/template/spec"],
  ["DaemonSet", "spec/template/spec"],
  ["StatefulSet", "spec/template/spec"],
  ["Job", "spec/template/spec"],
  ["CronJob", "spec/jobTemplate/spec/template/spec"],
];

// Kinds whose pod spec may name a ServiceAccount, PVC or PriorityClass (no Pod templates or
// ReplicaSets in kustomize's lists for these).
const WORKLOADS_WITH_RC: readonly (readonly [string, string])[] = [
  ["Pod", "spec"],
  ["StatefulSet", "spec/template/spec"],
  ["Deployment", "spec/template/spec"],
  ["ReplicationController", "spec/template/spec"],
  ["CronJob", "spec/jobTemplate/spec/template/spec"],
  ["Job", "spec/template/spec"],
  ["DaemonSet", "spec/template/spec"],
];

function inPodSpecs(workloads: readonly (readonly [string, string])[], fields: readonly string[]): FieldSpec[] {
  return workloads.flatMap(([kind, prefix]) => fields.map((field) => ({ kind, path: `${prefix}/${field}` })));
}

const CONFIG_MAP_FIELDS = [
  "volumes/configMap/name",
  "containers/env/valueFrom/configMapKeyRef/name",
  "initContainers/env/valueFrom/configMapKeyRef/name",
  "containers/envFrom/configMapRef/name",
  "initContainers/envFrom/configMapRef/name",
  "volumes/projected/sources/configMap/name",
];

const SECRET_FIELDS = [
  "volumes/secret/secretName",
  "containers/env/valueFrom/secretKeyRef/name",
  "initContainers/env/valueFrom/secretKeyRef/name",
  "containers/envFrom/secretRef/name",
  "initContainers/envFrom/secretRef/name",
  "imagePullSecrets/name",
  "volumes/projected/sources/secret/name",
];

const SCALE_TARGET: FieldSpec[] = [{ kind: "HorizontalPodAutoscaler", path: "spec/scaleTargetRef/name" }];

export const NAME_REFERENCE_RULES: readonly NameReferenceRule[] = [
  { kind: "Deployment", group: "apps", referrers: SCALE_TARGET },
  { kind: "ReplicationController", group: "", referrers: SCALE_TARGET },
  { kind: "ReplicaSet", group: "apps", referrers: SCALE_TARGET },
  { kind: "StatefulSet", group: "apps", referrers: SCALE_TARGET },
  {
    kind: "ConfigMap",
    group: "",
    referrers: [
      ...inPodSpecs(POD_SPEC_PATHS, CONFIG_MAP_FIELDS),
      { kind: "Node", path: "spec/configSource/configMap" },
      { kind: "Role", path: "rules/resourceNames" },
      { kind: "ClusterRole", path: "rules/resourceNames" },
      { kind: "Ingress", path: "metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap" },
    ],
  },
  {
    kind: "Secret",
    group: "",
    referrers: [
      ...inPodSpecs(POD_SPEC_PATHS, SECRET_FIELDS),
      { kind: "Ingress", path: "spec/tls/secretName" },
      { kind: "Ingress", path: "metadata/annotations/ingress.kubernetes.io\\/auth-secret" },
      { kind: "Ingress", path: "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret" },
      { kind: "Ingress", path: "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret" },
      { kind: "ServiceAccount", path: "imagePullSecrets/name" },
      { kind: "StorageClass", path: "parameters/secretName" },
      { kind: "StorageClass", path: "parameters/adminSecretName" },
      { kind: "StorageClass", path: "parameters/userSecretName" },
      { kind: "StorageClass", path: "parameters/secretRef" },
      { kind: "Role", path: "rules/resourceNames" },
      { kind: "ClusterRole", path: "rules/resourceNames" },
      { kind: "Service", group: "serving.knative.dev", version: "v1", path: "spec/template/spec/containers/env/valueFrom/secretKeyRef/name" },
      { kind: "PersistentVolume", path: "spec/azureFile/secretName" },
    ],
  },
  {
    kind: "Service",
    group: "",
    referrers: [
      { kind: "StatefulSet", group: "apps", path: "spec/serviceName" },
      { kind: "Ingress", path: "spec/rules/http/paths/backend/serviceName" },
      { kind: "Ingress", path: "spec/backend/serviceName" },
      { kind: "Ingress", path: "spec/rules/http/paths/backend/service/name" },
      { kind: "Ingress", path: "spec/defaultBackend/service/name" },
      { kind: "APIService", group: "apiregistration.k8s.io", path: "spec/service/name" },
      { kind: "ValidatingWebhookConfiguration", group: "admissionregistration.k8s.io", path: "webhooks/clientConfig/service" },
      { kind: "MutatingWebhookConfiguration", group: "admissionregistration.k8s.io", path: "webhooks/clientConfig/service" },
      { kind: "HTTPRoute", path: "spec/rules/backendRefs/name" },
    ],
  },
  { kind: "Role", group: "rbac.authorization.k8s.io", referrers: [{ kind: "RoleBinding", group: "rbac.authorization.k8s.io", path: "roleRef/name" }] },
  {
    kind: "ClusterRole",
    group: "rbac.authorization.k8s.io",
    referrers: [
      { kind: "RoleBinding", group: "rbac.authorization.k8s.io", path: "roleRef/name" },
      { kind: "ClusterRoleBinding", group: "rbac.authorization.k8s.io", path: "roleRef/name" },
    ],
  },
  {
    kind: "ServiceAccount",
    group: "",
    referrers: [
      { kind: "RoleBinding", group: "rbac.authorization.k8s.io", path: "subjects" },
      { kind: "ClusterRoleBinding", group: "rbac.authorization.k8s.io", path: "subjects" },
      ...inPodSpecs(WORKLOADS_WITH_RC, ["serviceAccountName"]),
    ],
  },
  { kind: "PersistentVolumeClaim", group: "", referrers: inPodSpecs(WORKLOADS_WITH_RC, ["volumes/persistentVolumeClaim/claimName"]) },
  {
    kind: "PersistentVolume",
    group: "",
    referrers: [
      { kind: "PersistentVolumeClaim", path: "spec/volumeName" },
      { kind: "ClusterRole", path: "rules/resourceNames" },
    ],
  },
  {
    kind: "StorageClass",
    group: "storage.k8s.io",
    referrers: [
      { kind: "PersistentVolume", path: "spec/storageClassName" },
      { kind: "PersistentVolumeClaim", path: "spec/storageClassName" },
      { kind: "StatefulSet", path: "spec/volumeClaimTemplates/spec/storageClassName" },
    ],
  },
  { kind: "PriorityClass", group: "scheduling.k8s.io", referrers: inPodSpecs(WORKLOADS_WITH_RC, ["priorityClassName"]) },
  // Kustomize declares IngressClass with group "networking.k8s.io/v1", which no object has, so
  // in practice it never rewrites spec.ingressClassName; modelled as it behaves.
  { kind: "IngressClass", group: "networking.k8s.io/v1", referrers: [{ kind: "Ingress", path: "spec/ingressClassName" }] },
];
