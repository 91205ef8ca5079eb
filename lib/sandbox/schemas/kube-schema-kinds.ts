// The kinds the editor's Kubernetes JSON Schema describes: every kind lib/kube validates (its
// BUILTIN_KINDS and CUSTOM_KIND_SCHEMAS; a unit test keeps the lists in step), each with the
// kubernetes-models module whose `I<Kind>` interface is generated from the same OpenAPI
// definitions as the validator lib/kube runs. lib/cli/generate-kube-schemas.ts reads them.

export interface KubeSchemaKind {
  apiVersion: string;
  kind: string;
  /** Module exporting the interface `I<kind>`, e.g. "kubernetes-models/apps/v1/Deployment". */
  module: string;
}

const builtin = (apiVersion: string, kind: string): KubeSchemaKind => ({ apiVersion, kind, module: `kubernetes-models/${apiVersion}/${kind}` });

/** Sorted by apiVersion, then kind. */
export const KUBE_SCHEMA_KINDS: readonly KubeSchemaKind[] = [
  builtin("apiextensions.k8s.io/v1", "CustomResourceDefinition"),
  builtin("apps/v1", "DaemonSet"),
  builtin("apps/v1", "Deployment"),
  builtin("apps/v1", "ReplicaSet"),
  builtin("apps/v1", "StatefulSet"),
  { apiVersion: "argoproj.io/v1alpha1", kind: "AppProject", module: "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject" },
  { apiVersion: "argoproj.io/v1alpha1", kind: "Application", module: "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application" },
  { apiVersion: "argoproj.io/v1alpha1", kind: "ApplicationSet", module: "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet" },
  { apiVersion: "argoproj.io/v1alpha1", kind: "Rollout", module: "@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1/Rollout" },
  builtin("autoscaling/v2", "HorizontalPodAutoscaler"),
  builtin("batch/v1", "CronJob"),
  builtin("batch/v1", "Job"),
  builtin("discovery.k8s.io/v1", "EndpointSlice"),
  { apiVersion: "kustomize.toolkit.fluxcd.io/v1", kind: "Kustomization", module: "@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1/Kustomization" },
  builtin("networking.k8s.io/v1", "Ingress"),
  builtin("networking.k8s.io/v1", "NetworkPolicy"),
  builtin("rbac.authorization.k8s.io/v1", "ClusterRole"),
  builtin("rbac.authorization.k8s.io/v1", "ClusterRoleBinding"),
  builtin("rbac.authorization.k8s.io/v1", "Role"),
  builtin("rbac.authorization.k8s.io/v1", "RoleBinding"),
  { apiVersion: "source.toolkit.fluxcd.io/v1", kind: "GitRepository", module: "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1/GitRepository" },
  builtin("v1", "ConfigMap"),
  builtin("v1", "Endpoints"),
  builtin("v1", "Namespace"),
  builtin("v1", "PersistentVolumeClaim"),
  builtin("v1", "Pod"),
  builtin("v1", "Secret"),
  builtin("v1", "Service"),
  builtin("v1", "ServiceAccount"),
];
