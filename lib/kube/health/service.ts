import type { KubeObject } from "../types";
import type { HealthResult } from "./health-status";

/**
 * Argo CD's Service health (gitops-engine health_service.go): Healthy, except a LoadBalancer
 * without an ingress address is Progressing.
 * Example: `serviceHealth(service).status` → "Healthy"
 */
export function serviceHealth(service: KubeObject): HealthResult {
  if ((service.spec ?? {}).type !== "LoadBalancer") return { status: "Healthy", message: "" };
  const ingress = (((service.status ?? {}).loadBalancer ?? {}) as { ingress?: unknown[] }).ingress ?? [];
  return ingress.length > 0 ? { status: "Healthy", message: "" } : { status: "Progressing", message: "" };
}
