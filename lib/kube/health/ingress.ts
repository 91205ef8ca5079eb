import type { KubeObject } from "../types";
import type { HealthResult } from "./health-status";

/**
 * Argo CD's Ingress health (gitops-engine health_ingress.go): Healthy once
 * status.loadBalancer.ingress has an entry, Progressing before.
 * Example: `ingressHealth(ingress).status` → "Progressing"
 */
export function ingressHealth(ingress: KubeObject): HealthResult {
  const entries = (((ingress.status ?? {}).loadBalancer ?? {}) as { ingress?: unknown[] }).ingress ?? [];
  return entries.length > 0 ? { status: "Healthy", message: "" } : { status: "Progressing", message: "" };
}
