import type { KubeObject } from "../types";
import { num } from "./conditions";
import type { HealthResult } from "./health-status";

/**
 * Argo CD's StatefulSet health (gitops-engine health_statefulset.go): Progressing until the
 * generation is observed and all replicas are ready and on the update revision.
 * Example: `statefulSetHealth(sts).status` → "Healthy"
 */
export function statefulSetHealth(set: KubeObject): HealthResult {
  const spec = (set.spec ?? {}) as { replicas?: number; updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } } };
  const status = set.status ?? {};
  const observed = num(status.observedGeneration);
  if (observed === 0 || num(set.metadata.generation) > observed) {
    return { status: "Progressing", message: "Waiting for statefulset spec update to be observed..." };
  }
  const ready = num(status.readyReplicas);
  const updated = num(status.updatedReplicas);
  if (spec.replicas !== undefined && ready < spec.replicas) {
    return { status: "Progressing", message: `Waiting for ${spec.replicas - ready} pods to be ready...` };
  }
  const strategy = spec.updateStrategy;
  if (strategy?.type === "RollingUpdate" && strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (spec.replicas !== undefined && partition !== undefined && updated < spec.replicas - partition) {
      return { status: "Progressing", message: `Waiting for partitioned roll out to finish: ${updated} out of ${spec.replicas - partition} new pods have been updated...` };
    }
    return { status: "Healthy", message: `partitioned roll out complete: ${updated} new pods have been updated...` };
  }
  if (strategy?.type === "OnDelete") return { status: "Healthy", message: `statefulset has ${ready} ready pods` };
  if (status.updateRevision !== status.currentRevision) {
    return { status: "Progressing", message: `waiting for statefulset rolling update to complete ${updated} pods at revision ${String(status.updateRevision)}...` };
  }
  return { status: "Healthy", message: `statefulset rolling update complete ${num(status.currentReplicas)} pods at revision ${String(status.currentRevision)}...` };
}
