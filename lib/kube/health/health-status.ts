/**
 * Argo CD's health codes, best to worst (gitops-engine pkg/health/health.go `healthOrder`).
 * Example: `HEALTH_ORDER.indexOf("Degraded") > HEALTH_ORDER.indexOf("Progressing")`
 */
export const HEALTH_ORDER = ["Healthy", "Suspended", "Progressing", "Missing", "Degraded", "Unknown"] as const;

export type HealthStatus = (typeof HEALTH_ORDER)[number];

/** What a health check returns: a status a program can rank and a message a learner can read. */
export interface HealthResult {
  status: HealthStatus;
  message: string;
}

/**
 * The worst of some health statuses in Argo CD's order; Healthy for none.
 * Example: `worst(["Healthy", "Suspended", "Progressing"])` → "Progressing"
 */
export function worst(statuses: Iterable<HealthStatus>): HealthStatus {
  let result: HealthStatus = "Healthy";
  for (const status of statuses) {
    if (HEALTH_ORDER.indexOf(status) > HEALTH_ORDER.indexOf(result)) result = status;
  }
  return result;
}

/** Argo CD's IsWorse. Example: `isWorse("Healthy", "Missing")` → true */
export function isWorse(current: HealthStatus, next: HealthStatus): boolean {
  return HEALTH_ORDER.indexOf(next) > HEALTH_ORDER.indexOf(current);
}
