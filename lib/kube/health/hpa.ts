import type { KubeObject } from "../types";
import type { StatusCondition } from "./conditions";
import type { HealthResult } from "./health-status";

// gitops-engine health_hpa.go: these (type, reason) pairs mean the autoscaler cannot work.
const DEGRADED: ReadonlyArray<[string, string]> = [
  ["AbleToScale", "FailedGetScale"],
  ["AbleToScale", "FailedUpdateScale"],
  ["ScalingActive", "FailedGetResourceMetric"],
  ["ScalingActive", "InvalidSelector"],
];

/**
 * Argo CD's HorizontalPodAutoscaler health (gitops-engine health_hpa.go), autoscaling/v2:
 * conditions in order — a failing one is Degraded, AbleToScale/ScalingLimited True is Healthy;
 * otherwise Progressing "Waiting to Autoscale".
 * Example: `hpaHealth(hpa)` → `{ status: "Healthy", message: "recommended size matches current size" }`
 */
export function hpaHealth(hpa: KubeObject): HealthResult {
  for (const condition of ((hpa.status ?? {}).conditions ?? []) as StatusCondition[]) {
    if (DEGRADED.some(([type, reason]) => condition.type === type && condition.reason === reason)) {
      return { status: "Degraded", message: condition.message ?? "" };
    }
    if ((condition.type === "AbleToScale" || condition.type === "ScalingLimited") && condition.status === "True") {
      return { status: "Healthy", message: condition.message ?? "" };
    }
  }
  return { status: "Progressing", message: "Waiting to Autoscale" };
}
