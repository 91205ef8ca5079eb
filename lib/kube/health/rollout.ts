import type { KubeObject } from "../types";
import type { StatusCondition } from "./conditions";
import { num } from "./conditions";
import type { HealthResult } from "./health-status";

interface RolloutView {
  metadata: { generation?: number };
  spec?: { replicas?: number; paused?: boolean; strategy?: { blueGreen?: unknown; canary?: unknown } };
  status?: {
    observedGeneration?: string | number;
    conditions?: StatusCondition[];
    pauseConditions?: unknown[];
    currentPodHash?: string;
    stableRS?: string;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    blueGreen?: { activeSelector?: string };
    canary?: { stableRS?: string };
  };
}

const progressing = (message: string): HealthResult => ({ status: "Progressing", message });

/**
 * Argo CD's Argo Rollouts Rollout health (resource_customizations/argoproj.io/Rollout/health.lua):
 * InvalidSpec, RolloutAborted or ProgressDeadlineExceeded → Degraded; paused → Suspended;
 * Progressing until replicas are updated and available and the stable ReplicaSet is current.
 * Example: `rolloutHealth(rollout)` → `{ status: "Suspended", message: "Rollout is paused" }`
 */
export function rolloutHealth(object: KubeObject): HealthResult {
  const rollout = object as unknown as RolloutView;
  const status = rollout.status;
  if (!status || status.observedGeneration === undefined || Number(status.observedGeneration) !== num(rollout.metadata.generation)) {
    return progressing("Waiting for rollout spec update to be observed");
  }
  for (const condition of status.conditions ?? []) {
    const fatal = condition.type === "InvalidSpec" || (condition.type === "Progressing" && (condition.reason === "RolloutAborted" || condition.reason === "ProgressDeadlineExceeded"));
    if (fatal) return { status: "Degraded", message: condition.message ?? "" };
  }
  if ((status.pauseConditions ?? []).length > 0 || rollout.spec?.paused) return { status: "Suspended", message: "Rollout is paused" };
  if (status.currentPodHash === undefined) return progressing("Waiting for rollout to finish: status has not been reconciled.");
  const updated = num(status.updatedReplicas);
  if (updated < num(rollout.spec?.replicas, 1)) return progressing("Waiting for roll out to finish: More replicas need to be updated");
  if (num(status.availableReplicas) < updated) return progressing("Waiting for roll out to finish: updated replicas are still becoming available");
  const stable = status.stableRS ?? status.canary?.stableRS ?? "";
  if (rollout.spec?.strategy?.blueGreen !== undefined) {
    if (status.blueGreen?.activeSelector !== status.currentPodHash) return progressing("active service cutover pending");
    if (stable !== "" && stable !== status.currentPodHash) return progressing("waiting for analysis to complete");
  } else if (rollout.spec?.strategy?.canary !== undefined) {
    if (num(status.replicas) > updated) return progressing("Waiting for roll out to finish: old replicas are pending termination");
    if (stable === "" || stable !== status.currentPodHash) return progressing("Waiting for rollout to finish steps");
  }
  return { status: "Healthy", message: "" };
}
