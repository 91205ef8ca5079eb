import type { KubeObject } from "../types";
import type { StatusCondition } from "./conditions";
import type { HealthResult } from "./health-status";

/**
 * Argo CD's Job health (gitops-engine health_job.go): Failed → Degraded, Complete → Healthy,
 * Suspended → Suspended, otherwise Progressing.
 * (Argo CD also marks a suspended Job to aggregate as Healthy for its Application.)
 * Example: `jobHealth(job)` → `{ status: "Degraded", message: "Job has reached the specified backoff limit" }`
 */
export function jobHealth(job: KubeObject): HealthResult {
  let failed = false;
  let complete = false;
  let suspended = false;
  let failMessage = "";
  let message = "";
  for (const condition of ((job.status ?? {}).conditions ?? []) as StatusCondition[]) {
    if (condition.type === "Failed") {
      failed = true;
      complete = true;
      failMessage = condition.message ?? "";
    } else if (condition.type === "Complete") {
      complete = true;
      message = condition.message ?? "";
    } else if (condition.type === "Suspended") {
      complete = true;
      message = condition.message ?? "";
      suspended = condition.status === "True";
    }
  }
  if (!complete) return { status: "Progressing", message };
  if (failed) return { status: "Degraded", message: failMessage };
  if (suspended) return { status: "Suspended", message: failMessage };
  return { status: "Healthy", message };
}
