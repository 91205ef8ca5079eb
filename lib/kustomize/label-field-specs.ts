// Where labels and annotations go, after kustomize's built-in configurations
// (builtinpluginconsts/commonlabels.go, metadatalabels.go, commonannotations.go).
import type { FieldSpec } from "./field-path";

/** Pod-template and claim-template labels: `labels` with includeTemplates, and commonLabels. */
export const TEMPLATE_LABEL_SPECS: readonly FieldSpec[] = [
  { path: "spec/template/metadata/labels", create: true, version: "v1", kind: "ReplicationController" },
  { path: "spec/template/metadata/labels", create: true, kind: "Deployment" },
  { path: "spec/template/metadata/labels", create: true, kind: "ReplicaSet" },
  { path: "spec/template/metadata/labels", create: true, kind: "DaemonSet" },
  { path: "spec/template/metadata/labels", create: true, group: "apps", kind: "StatefulSet" },
  { path: "spec/volumeClaimTemplates/metadata/labels", create: true, group: "apps", kind: "StatefulSet" },
  { path: "spec/template/metadata/labels", create: true, group: "batch", kind: "Job" },
  { path: "spec/jobTemplate/metadata/labels", create: true, group: "batch", kind: "CronJob" },
  { path: "spec/jobTemplate/spec/template/metadata/labels", create: true, group: "batch", kind: "CronJob" },
];

const AFFINITY_PATHS = [
  "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
  "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels",
];

/** Selectors: commonLabels, and `labels` with includeSelectors. */
export const SELECTOR_LABEL_SPECS: readonly FieldSpec[] = [
  { path: "spec/selector", create: true, version: "v1", kind: "Service" },
  { path: "spec/selector", create: true, version: "v1", kind: "ReplicationController" },
  { path: "spec/selector/matchLabels", create: true, kind: "Deployment" },
  ...AFFINITY_PATHS.map((path) => ({ path, create: false, group: "apps", kind: "Deployment" })),
  { path: "spec/selector/matchLabels", create: true, kind: "ReplicaSet" },
  { path: "spec/selector/matchLabels", create: true, kind: "DaemonSet" },
  { path: "spec/selector/matchLabels", create: true, group: "apps", kind: "StatefulSet" },
  ...AFFINITY_PATHS.map((path) => ({ path, create: false, group: "apps", kind: "StatefulSet" })),
  { path: "spec/selector/matchLabels", create: false, group: "batch", kind: "Job" },
  { path: "spec/jobTemplate/spec/selector/matchLabels", create: false, group: "batch", kind: "CronJob" },
  { path: "spec/selector/matchLabels", create: false, group: "policy", kind: "PodDisruptionBudget" },
  { path: "spec/podSelector/matchLabels", create: false, group: "networking.k8s.io", kind: "NetworkPolicy" },
  { path: "spec/ingress/from/podSelector/matchLabels", create: false, group: "networking.k8s.io", kind: "NetworkPolicy" },
  { path: "spec/egress/to/podSelector/matchLabels", create: false, group: "networking.k8s.io", kind: "NetworkPolicy" },
];

export const METADATA_LABELS: FieldSpec = { path: "metadata/labels", create: true };

/** commonAnnotations: metadata and pod templates. */
export const ANNOTATION_SPECS: readonly FieldSpec[] = [
  { path: "metadata/annotations", create: true },
  { path: "spec/template/metadata/annotations", create: true, version: "v1", kind: "ReplicationController" },
  { path: "spec/template/metadata/annotations", create: true, kind: "Deployment" },
  { path: "spec/template/metadata/annotations", create: true, kind: "ReplicaSet" },
  { path: "spec/template/metadata/annotations", create: true, kind: "DaemonSet" },
  { path: "spec/template/metadata/annotations", create: true, group: "apps", kind: "StatefulSet" },
  { path: "spec/template/metadata/annotations", create: true, group: "batch", kind: "Job" },
  { path: "spec/jobTemplate/metadata/annotations", create: true, group: "batch", kind: "CronJob" },
  { path: "spec/jobTemplate/spec/template/metadata/annotations", create: true, group: "batch", kind: "CronJob" },
];
