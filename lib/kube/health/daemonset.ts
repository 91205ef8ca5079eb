import type { KubeObject } from "../types";
import { num } from "./conditions";
import type { HealthResult } from "./health-status";

/**
 * Argo CD's DaemonSet health (gitops-engine health_daemonset.go): Progressing until every node
 * runs an updated, available pod; OnDelete is Healthy once observed.
 * Example: `daemonSetHealth(ds).status` → "Healthy"
 */
export function daemonSetHealth(set: KubeObject): HealthResult {
  const spec = (set.spec ?? {}) as { updateStrategy?: { type?: string } };
  const status = set.status ?? {};
  const desired = num(status.desiredNumberScheduled);
  const updated = num(status.updatedNumberScheduled);
  const available = num(status.numberAvailable);
  if (num(set.metadata.generation) > num(status.observedGeneration)) {
    return { status: "Progressing", message: "Waiting for rollout to finish: observed daemon set generation less than desired generation" };
  }
  if (spec.updateStrategy?.type === "OnDelete") {
    return { status: "Healthy", message: `daemon set ${updated} out of ${desired} new pods have been updated` };
  }
  if (updated < desired) {
    return { status: "Progressing", message: `Waiting for daemon set "${set.metadata.name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...` };
  }
  if (available < desired) {
    return { status: "Progressing", message: `Waiting for daemon set "${set.metadata.name}" rollout to finish: ${available} of ${desired} updated pods are available...` };
  }
  return { status: "Healthy", message: "" };
}
