import type { KubeObject } from "../types";
import { findCondition, num } from "./conditions";
import type { HealthResult } from "./health-status";

/**
 * Argo CD's ReplicaSet health (gitops-engine health_replicaset.go): ReplicaFailure → Degraded;
 * Progressing until all replicas are available.
 * Example: `replicaSetHealth(rs).status` → "Healthy"
 */
export function replicaSetHealth(replicaSet: KubeObject): HealthResult {
  const spec = (replicaSet.spec ?? {}) as { replicas?: number };
  const status = replicaSet.status ?? {};
  if (num(replicaSet.metadata.generation) > num(status.observedGeneration)) {
    return { status: "Progressing", message: "Waiting for rollout to finish: observed replica set generation less than desired generation" };
  }
  const failure = findCondition(status, "ReplicaFailure");
  if (failure?.status === "True") return { status: "Degraded", message: failure.message ?? "" };
  const available = num(status.availableReplicas);
  if (spec.replicas !== undefined && available < spec.replicas) {
    return { status: "Progressing", message: `Waiting for rollout to finish: ${available} out of ${spec.replicas} new replicas are available...` };
  }
  return { status: "Healthy", message: "" };
}
