import type { KubeObject } from "../types";
import type { HealthResult } from "./health-status";

/**
 * Argo CD's PersistentVolumeClaim health (gitops-engine health_pvc.go): Bound → Healthy,
 * Lost → Degraded, Pending → Progressing while a provisioner works on it (annotation
 * volume.beta.kubernetes.io/storage-provisioner), else Healthy "Waiting for consumer".
 * Example: `pvcHealth(claim).status` → "Healthy"
 */
export function pvcHealth(claim: KubeObject): HealthResult {
  switch ((claim.status ?? {}).phase) {
    case "Bound":
      return { status: "Healthy", message: "" };
    case "Lost":
      return { status: "Degraded", message: "" };
    case "Pending":
      return claim.metadata.annotations?.["volume.beta.kubernetes.io/storage-provisioner"] !== undefined
        ? { status: "Progressing", message: "Provisioning volume" }
        : { status: "Healthy", message: "Waiting for consumer" };
    default:
      return { status: "Unknown", message: "" };
  }
}
