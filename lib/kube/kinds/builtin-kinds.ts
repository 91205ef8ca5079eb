import { validate as validateConfigMap } from "kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap";
import { validate as validateEndpoints } from "kubernetes-models/_schemas/IoK8sApiCoreV1Endpoints";
import { validate as validateNamespace } from "kubernetes-models/_schemas/IoK8sApiCoreV1Namespace";
import { validate as validatePvc } from "kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaim";
import { validate as validatePod } from "kubernetes-models/_schemas/IoK8sApiCoreV1Pod";
import { validate as validateSecret } from "kubernetes-models/_schemas/IoK8sApiCoreV1Secret";
import { validate as validateService } from "kubernetes-models/_schemas/IoK8sApiCoreV1Service";
import { validate as validateServiceAccount } from "kubernetes-models/_schemas/IoK8sApiCoreV1ServiceAccount";
import { validate as validateDaemonSet } from "kubernetes-models/_schemas/IoK8sApiAppsV1DaemonSet";
import { validate as validateDeployment } from "kubernetes-models/_schemas/IoK8sApiAppsV1Deployment";
import { validate as validateReplicaSet } from "kubernetes-models/_schemas/IoK8sApiAppsV1ReplicaSet";
import { validate as validateStatefulSet } from "kubernetes-models/_schemas/IoK8sApiAppsV1StatefulSet";
import { validate as validateHpa } from "kubernetes-models/_schemas/IoK8sApiAutoscalingV2HorizontalPodAutoscaler";
import { validate as validateCronJob } from "kubernetes-models/_schemas/IoK8sApiBatchV1CronJob";
import { validate as validateJob } from "kubernetes-models/_schemas/IoK8sApiBatchV1Job";
import { validate as validateEndpointSlice } from "kubernetes-models/_schemas/IoK8sApiDiscoveryV1EndpointSlice";
import { validate as validateIngress } from "kubernetes-models/_schemas/IoK8sApiNetworkingV1Ingress";
import { validate as validateNetworkPolicy } from "kubernetes-models/_schemas/IoK8sApiNetworkingV1NetworkPolicy";
import { validate as validateClusterRole } from "kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRole";
import { validate as validateClusterRoleBinding } from "kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRoleBinding";
import { validate as validateRole } from "kubernetes-models/_schemas/IoK8sApiRbacV1Role";
import { validate as validateRoleBinding } from "kubernetes-models/_schemas/IoK8sApiRbacV1RoleBinding";
import { validate as validateCrd } from "kubernetes-models/_schemas/IoK8sApiextensionsApiserverPkgApisApiextensionsV1CustomResourceDefinition";

/** The shape of kubernetes-models' precompiled Ajv validators (pure functions, no I/O). */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: Array<{ instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }> | null;
}

/** A kind the API server serves. */
export interface KindInfo {
  apiVersion: string;
  kind: string;
  namespaced: boolean;
  validate?: SchemaValidator;
}

const asValidator = (fn: (data: unknown) => boolean) => fn as SchemaValidator;

/**
 * Kinds served without a CRD, with their schema from kubernetes-models (nothing fetched).
 * Example: `BUILTIN_KINDS.find((info) => info.kind === "Deployment")?.namespaced === true`
 */
export const BUILTIN_KINDS: readonly KindInfo[] = [
  { apiVersion: "v1", kind: "ConfigMap", namespaced: true, validate: asValidator(validateConfigMap) },
  { apiVersion: "v1", kind: "Endpoints", namespaced: true, validate: asValidator(validateEndpoints) },
  { apiVersion: "v1", kind: "Namespace", namespaced: false, validate: asValidator(validateNamespace) },
  { apiVersion: "v1", kind: "PersistentVolumeClaim", namespaced: true, validate: asValidator(validatePvc) },
  { apiVersion: "v1", kind: "Pod", namespaced: true, validate: asValidator(validatePod) },
  { apiVersion: "v1", kind: "Secret", namespaced: true, validate: asValidator(validateSecret) },
  { apiVersion: "v1", kind: "Service", namespaced: true, validate: asValidator(validateService) },
  { apiVersion: "v1", kind: "ServiceAccount", namespaced: true, validate: asValidator(validateServiceAccount) },
  { apiVersion: "apps/v1", kind: "DaemonSet", namespaced: true, validate: asValidator(validateDaemonSet) },
  { apiVersion: "apps/v1", kind: "Deployment", namespaced: true, validate: asValidator(validateDeployment) },
  { apiVersion: "apps/v1", kind: "ReplicaSet", namespaced: true, validate: asValidator(validateReplicaSet) },
  { apiVersion: "apps/v1", kind: "StatefulSet", namespaced: true, validate: asValidator(validateStatefulSet) },
  { apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", namespaced: true, validate: asValidator(validateHpa) },
  { apiVersion: "batch/v1", kind: "CronJob", namespaced: true, validate: asValidator(validateCronJob) },
  { apiVersion: "batch/v1", kind: "Job", namespaced: true, validate: asValidator(validateJob) },
  { apiVersion: "discovery.k8s.io/v1", kind: "EndpointSlice", namespaced: true, validate: asValidator(validateEndpointSlice) },
  { apiVersion: "networking.k8s.io/v1", kind: "Ingress", namespaced: true, validate: asValidator(validateIngress) },
  { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", namespaced: true, validate: asValidator(validateNetworkPolicy) },
  { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", namespaced: false, validate: asValidator(validateClusterRole) },
  { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBinding", namespaced: false, validate: asValidator(validateClusterRoleBinding) },
  { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", namespaced: true, validate: asValidator(validateRole) },
  { apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", namespaced: true, validate: asValidator(validateRoleBinding) },
  { apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", namespaced: false, validate: asValidator(validateCrd) },
];
