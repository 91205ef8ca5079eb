// How the cluster panel shows a status: words first, then a distinct icon shape, then a colour
// (a tone mapped to --ok / --warn / --danger / --muted in cluster.css). Colour never carries
// meaning alone. Pure: no React, so it is unit-tested directly.
import type { ObjectId } from "@/lib/sandbox/commands";
import type { ApplicationView, FluxKustomizationView } from "@/lib/sandbox/view-schema";

export type SyncStatus = ApplicationView["sync"]["status"];
export type HealthStatus = ApplicationView["health"]["status"];
export type FluxCondition = FluxKustomizationView["conditions"][number];

export type StatusTone = "ok" | "warn" | "danger" | "muted";

export interface StatusPresentation {
  label: string;
  /** A text symbol, hidden from screen readers (the label says it). */
  icon: string;
  tone: StatusTone;
}

// U+FE0E asks for the text (not emoji) form, so the symbol takes the badge's colour.
const TEXT = "\uFE0E";

const SYNC: Record<SyncStatus, StatusPresentation> = {
  Synced: { label: "Synced", icon: "✓", tone: "ok" },
  OutOfSync: { label: "OutOfSync", icon: "↻", tone: "warn" },
  Unknown: { label: "Unknown", icon: "?", tone: "muted" },
};

// Argo CD's health codes (operator-manual/health.md), each with its own shape.
const HEALTH: Record<HealthStatus, StatusPresentation> = {
  Healthy: { label: "Healthy", icon: `♥${TEXT}`, tone: "ok" },
  Progressing: { label: "Progressing", icon: "◌", tone: "warn" },
  Degraded: { label: "Degraded", icon: "✕", tone: "danger" },
  Suspended: { label: "Suspended", icon: `⏸${TEXT}`, tone: "muted" },
  Missing: { label: "Missing", icon: "⊘", tone: "danger" },
  Unknown: { label: "Unknown", icon: "?", tone: "muted" },
};

/** @example syncPresentation("OutOfSync") // { label: "OutOfSync", icon: "↻", tone: "warn" } */
export function syncPresentation(status: SyncStatus): StatusPresentation {
  return SYNC[status] ?? SYNC.Unknown;
}

/** @example healthPresentation("Degraded").icon // "✕" */
export function healthPresentation(status: HealthStatus): StatusPresentation {
  return HEALTH[status] ?? HEALTH.Unknown;
}

/** The accessible name of a badge: "Health: Degraded. 0/2 replicas ready". */
export function statusLabel(prefix: string, label: string, message?: string): string {
  const base = `${prefix}: ${label}`;
  return message ? `${base}. ${message}` : base;
}

// kubectl's short names (kubectl api-resources), which Argo CD's tree also shows.
const SHORT_KINDS: Record<string, string> = {
  Application: "app",
  ApplicationSet: "appset",
  AppProject: "appproj",
  Certificate: "cert",
  ClusterRole: "clusterrole",
  ClusterRoleBinding: "crb",
  ConfigMap: "cm",
  CronJob: "cj",
  CustomResourceDefinition: "crd",
  DaemonSet: "ds",
  Deployment: "deploy",
  Endpoints: "ep",
  EndpointSlice: "eps",
  ExternalSecret: "es",
  GitRepository: "gitrepo",
  HelmRelease: "hr",
  HelmRepository: "helmrepo",
  HorizontalPodAutoscaler: "hpa",
  Ingress: "ing",
  Job: "job",
  Kustomization: "ks",
  Namespace: "ns",
  NetworkPolicy: "netpol",
  PersistentVolume: "pv",
  PersistentVolumeClaim: "pvc",
  Pod: "pod",
  PodDisruptionBudget: "pdb",
  ReplicaSet: "rs",
  Role: "role",
  RoleBinding: "rb",
  Rollout: "rollout",
  SealedSecret: "sealedsecret",
  Secret: "secret",
  Service: "svc",
  ServiceAccount: "sa",
  StatefulSet: "sts",
  StorageClass: "sc",
};

/** @example shortKind("Deployment") // "deploy" */
export function shortKind(kind: string): string {
  return SHORT_KINDS[kind] ?? kind.toLowerCase();
}

/**
 * Shortens every full SHA-1 or SHA-256 in a revision to 7 characters, keeping the rest.
 * @example shortRevision("main@sha1:0123456789abcdef0123456789abcdef01234567") // "main@sha1:0123456"
 */
export function shortRevision(revision: string | undefined): string {
  if (!revision) return "";
  return revision.replace(/(?<![0-9a-f])([0-9a-f]{7})[0-9a-f]{33}(?:[0-9a-f]{24})?(?![0-9a-f])/g, "$1");
}

/** @example objectTitle({ group: "apps", kind: "Deployment", namespace: "shop", name: "web" }) // "Deployment shop/web" */
export function objectTitle(object: ObjectId): string {
  return `${object.kind} ${object.namespace ? `${object.namespace}/` : ""}${object.name}`;
}


/** "Sync Running: waiting for healthy state of apps/Deployment/web". */
export function operationPresentation(operation: { phase: string; message: string }): StatusPresentation {
  const label = operation.message ? `Sync ${operation.phase}: ${operation.message}` : `Sync ${operation.phase}`;
  switch (operation.phase) {
    case "Succeeded":
      return { label, icon: "✓", tone: "ok" };
    case "Failed":
    case "Error":
      return { label, icon: "✕", tone: "danger" };
    default:
      return { label, icon: "◌", tone: "warn" };
  }
}

/**
 * Flux kstatus conditions (kustomize-controller docs): Ready True / False / Unknown,
 * Reconciling (in progress or retrying) and Stalled (retrying cannot fix it).
 * @example fluxConditionPresentation({ type: "Ready", status: "False", reason: "BuildFailed", message: "" }).label // "Not ready"
 */
export function fluxConditionPresentation(condition: Pick<FluxCondition, "type" | "status">): StatusPresentation {
  const { type, status } = condition;
  if (type === "Ready") {
    if (status === "True") return { label: "Ready", icon: "✓", tone: "ok" };
    if (status === "False") return { label: "Not ready", icon: "✕", tone: "danger" };
    return { label: "Not ready", icon: "◌", tone: "warn" };
  }
  if (type === "Reconciling") return status === "True" ? { label: "Reconciling", icon: "◌", tone: "warn" } : { label: "Not reconciling", icon: "–", tone: "muted" };
  if (type === "Stalled") return status === "True" ? { label: "Stalled", icon: "✕", tone: "danger" } : { label: "Not stalled", icon: "–", tone: "muted" };
  return { label: `${type}: ${status}`, icon: "•", tone: "muted" };
}

/** The Ready condition, or a stand-in "Unknown" when the controller has not reported yet. */
export function readyCondition(conditions: readonly FluxCondition[]): FluxCondition {
  return conditions.find((condition) => condition.type === "Ready") ?? { type: "Ready", status: "Unknown", reason: "", message: "Not reconciled yet" };
}

/**
 * A Flux object's health in Argo CD's words, so the same tree can show it:
 * suspended → Suspended, Stalled or Ready=False → Degraded, Ready=Unknown → Progressing.
 */
export function fluxHealth(conditions: readonly FluxCondition[], suspended: boolean): { status: HealthStatus; message?: string } {
  const ready = conditions.find((condition) => condition.type === "Ready");
  const stalled = conditions.find((condition) => condition.type === "Stalled" && condition.status === "True");
  if (suspended) return { status: "Suspended", message: "Reconciliation is suspended" };
  if (stalled) return { status: "Degraded", message: stalled.message };
  if (!ready) return { status: "Unknown" };
  if (ready.status === "True") return { status: "Healthy", ...(ready.message ? { message: ready.message } : {}) };
  if (ready.status === "False") return { status: "Degraded", message: ready.message };
  return { status: "Progressing", message: ready.message };
}

/** ISO time as "2025-01-01 12:00:03 UTC": the sandbox clock is simulated, so no local zone. */
export function formatSimulatedTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}
