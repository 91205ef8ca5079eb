import type { KubeObject } from "../types";
import type { HealthResult } from "./health-status";

/**
 * Argo CD's CronJob health (resource_customizations/batch/CronJob/health.lua): active Jobs →
 * Progressing; never scheduled → Healthy; last success after the last schedule → Healthy;
 * otherwise Degraded (the last scheduled run has not succeeded).
 * Example: `cronJobHealth(cronJob)` → `{ status: "Healthy", message: "CronJob has never run" }`
 */
export function cronJobHealth(cronJob: KubeObject): HealthResult {
  const status = (cronJob.status ?? {}) as { active?: unknown[]; lastScheduleTime?: string; lastSuccessfulTime?: string };
  if ((status.active ?? []).length > 0) return { status: "Progressing", message: "CronJob has active jobs" };
  if (!status.lastScheduleTime) return { status: "Healthy", message: "CronJob has never run" };
  const scheduled = Date.parse(status.lastScheduleTime);
  const succeeded = status.lastSuccessfulTime ? Date.parse(status.lastSuccessfulTime) : undefined;
  if (succeeded !== undefined && scheduled < succeeded) return { status: "Healthy", message: "CronJob has run successfully" };
  return { status: "Degraded", message: "CronJob has not run successfully" };
}
