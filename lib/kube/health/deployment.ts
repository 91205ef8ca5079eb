import type { KubeObject } from "../types";
import { findCondition, num } from "./conditions";
import type { HealthResult } from "./health-status";

/**
 * Argo CD's Deployment health (gitops-engine health_deployment.go, after kubectl rollout status):
 * paused → Suspended; ProgressDeadlineExceeded → Degraded; otherwise Progressing until every
 * replica is updated, old replicas are gone and updated replicas are available.
 * Example: `deploymentHealth(deployment)` → `{ status: "Healthy", message: "" }`
 */
export function deploymentHealth(deployment: KubeObject): HealthResult {
  const spec = (deployment.spec ?? {}) as { paused?: boolean; replicas?: number };
  const status = deployment.status ?? {};
  if (spec.paused) return { status: "Suspended", message: "Deployment is paused" };
  if (num(deployment.metadata.generation) > num(status.observedGeneration)) {
    return { status: "Progressing", message: "Waiting for rollout to finish: observed deployment generation less than desired generation" };
  }
  const updated = num(status.updatedReplicas);
  const replicas = num(status.replicas);
  const available = num(status.availableReplicas);
  if (findCondition(status, "Progressing")?.reason === "ProgressDeadlineExceeded") {
    return { status: "Degraded", message: `Deployment "${deployment.metadata.name}" exceeded its progress deadline` };
  }
  if (spec.replicas !== undefined && updated < spec.replicas) {
    return { status: "Progressing", message: `Waiting for rollout to finish: ${updated} out of ${spec.replicas} new replicas have been updated...` };
  }
  if (replicas > updated) {
    return { status: "Progressing", message: `Waiting for rollout to finish: ${replicas - updated} old replicas are pending termination...` };
  }
  if (available < updated) {
    return { status: "Progressing", message: `Waiting for rollout to finish: ${available} of ${updated} updated replicas are available...` };
  }
  return { status: "Healthy", message: "" };
}
