import type { KubeObject } from "../types";
import { HEALTH_ORDER, type HealthResult, type HealthStatus } from "./health-status";

/**
 * An Argo CD Application's health as a child of another (app of apps): its own status.health,
 * Progressing while it has none. Argo CD removed this check in 1.8 and documents restoring it
 * with a Lua customisation (operator-manual/health.md "Argocd App"); this is that customisation.
 * Example: `applicationHealth(app)` → `{ status: "Degraded", message: "" }`
 */
export function applicationHealth(application: KubeObject): HealthResult {
  const health = ((application.status ?? {}).health ?? undefined) as { status?: string; message?: string } | undefined;
  if (!health?.status) return { status: "Progressing", message: "" };
  const known = (HEALTH_ORDER as readonly string[]).includes(health.status);
  return { status: known ? (health.status as HealthStatus) : "Unknown", message: health.message ?? "" };
}
