// The per-resource rows of an Application's status (status.resources) and the app-level
// rollups: sync status and health (Argo CD: the worst health of the app's immediate children;
// resources without a health check do not count; hooks are not part of it).
import { worst, type HealthResult, type HealthStatus } from "@/lib/kube/health/health-status";

export type SyncStatusCode = "Synced" | "OutOfSync" | "Unknown";

export interface ResourceStatus {
  group: string;
  version: string;
  kind: string;
  namespace: string;
  name: string;
  status: SyncStatusCode;
  health?: HealthResult;
  /** Live but no longer in Git: a sync with prune deletes it. */
  requiresPruning?: boolean;
}

export function appSyncStatus(resources: readonly ResourceStatus[]): SyncStatusCode {
  return resources.some((resource) => resource.status === "OutOfSync") ? "OutOfSync" : "Synced";
}

/** The app's health and a message naming the worst resource, like the Argo CD UI shows. */
export function appHealth(resources: readonly ResourceStatus[]): HealthResult {
  const assessed = resources.filter((resource) => resource.health && !resource.requiresPruning);
  const status: HealthStatus = worst(assessed.map((resource) => resource.health!.status));
  const culprit = assessed.find((resource) => resource.health!.status === status && status !== "Healthy");
  return { status, message: culprit ? `${culprit.kind}/${culprit.name}: ${culprit.health!.message || status}` : "" };
}
