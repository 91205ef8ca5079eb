import { keyOf } from "../object-key";
import { isoTime } from "../store/cluster-writer";
import { createObject, updateStatus } from "../store/write-object";
import type { KubeObject } from "../types";
import { cascadeDelete } from "../delete-object";
import { CONTROLLER_MANAGER, controllerRef, msOf, ownedObjects, type ControllerContext } from "./controller-context";
import { parseCron } from "./cron-schedule";

type Plain = Record<string, unknown>;

interface CronJobSpecView {
  schedule?: string;
  suspend?: boolean;
  concurrencyPolicy?: "Allow" | "Forbid" | "Replace";
  successfulJobsHistoryLimit?: number;
  failedJobsHistoryLimit?: number;
  jobTemplate?: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: Plain };
}

const MINUTE = 60_000;
// Kubernetes gives up on a CronJob that missed more than 100 schedules; we look back 8 days at most.
const MAX_LOOKBACK_MINUTES = 8 * 24 * 60;

const jobState = (job: KubeObject): "Complete" | "Failed" | "Active" => {
  const conditions = ((job.status ?? {}).conditions ?? []) as Array<{ type: string; status: string }>;
  if (conditions.some((item) => item.type === "Complete" && item.status === "True")) return "Complete";
  if (conditions.some((item) => item.type === "Failed" && item.status === "True")) return "Failed";
  return "Active";
};

/**
 * The CronJob controller: at each scheduled minute create a Job named `<cronjob>-<minutes since epoch>`
 * (as Kubernetes names them). Only the most recent missed schedule runs. Keeps history limits.
 */
export function syncCronJobs(ctx: ControllerContext): void {
  for (const cronJob of ctx.writer.ofKind("batch", "CronJob")) syncCronJob(ctx, cronJob);
}

function latestDue(schedule: string, after: number, now: number): number | null {
  const cron = parseCron(schedule);
  if (!cron) return null;
  const floor = Math.floor(now / MINUTE) * MINUTE;
  for (let minute = floor, steps = 0; minute > after && steps < MAX_LOOKBACK_MINUTES; minute -= MINUTE, steps += 1) {
    if (cron.matches(minute)) return minute;
  }
  return null;
}

function syncCronJob(ctx: ControllerContext, cronJob: KubeObject): void {
  const spec = (cronJob.spec ?? {}) as CronJobSpecView;
  const status = (cronJob.status ?? {}) as Plain;
  const jobs = ownedObjects(ctx, "batch", "Job", cronJob);
  let lastScheduleTime = status.lastScheduleTime as string | undefined;
  const after = lastScheduleTime ? msOf(lastScheduleTime) : msOf(cronJob.metadata.creationTimestamp);
  const due = spec.suspend ? null : latestDue(spec.schedule ?? "", after, ctx.now);
  const active = jobs.filter((job) => jobState(job) === "Active");
  if (due !== null && !(spec.concurrencyPolicy === "Forbid" && active.length > 0)) {
    if (spec.concurrencyPolicy === "Replace") for (const job of active) cascadeDelete(ctx.writer, job, CONTROLLER_MANAGER);
    createJob(ctx, cronJob, spec, due);
    lastScheduleTime = isoTime(due);
  }
  pruneHistory(ctx, cronJob, "Complete", spec.successfulJobsHistoryLimit ?? 3);
  pruneHistory(ctx, cronJob, "Failed", spec.failedJobsHistoryLimit ?? 1);
  const remaining = ownedObjects(ctx, "batch", "Job", cronJob);
  const successful = remaining.filter((job) => jobState(job) === "Complete").map((job) => String((job.status ?? {}).completionTime ?? ""));
  const live = ctx.writer.get(keyOf(cronJob)) ?? cronJob;
  const activeRefs = remaining
    .filter((job) => jobState(job) === "Active")
    .map((job) => ({ apiVersion: "batch/v1", kind: "Job", name: job.metadata.name, namespace: job.metadata.namespace, uid: job.metadata.uid }));
  const lastSuccessfulTime = successful.sort().at(-1) ?? (status.lastSuccessfulTime as string | undefined);
  updateStatus(ctx.writer, live, {
    ...(activeRefs.length > 0 ? { active: activeRefs } : {}),
    ...(lastScheduleTime ? { lastScheduleTime } : {}),
    ...(lastSuccessfulTime ? { lastSuccessfulTime } : {}),
  }, CONTROLLER_MANAGER);
}

function createJob(ctx: ControllerContext, cronJob: KubeObject, spec: CronJobSpecView, due: number): void {
  const name = `${cronJob.metadata.name}-${Math.floor(due / MINUTE)}`;
  if (ctx.writer.get({ group: "batch", kind: "Job", namespace: cronJob.metadata.namespace ?? "", name })) return;
  const template = spec.jobTemplate ?? {};
  const job: KubeObject = {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: {
      name,
      namespace: cronJob.metadata.namespace,
      labels: { ...(template.metadata?.labels ?? {}) },
      annotations: { ...(template.metadata?.annotations ?? {}), "batch.kubernetes.io/cronjob-scheduled-timestamp": isoTime(due) },
      ownerReferences: [controllerRef(cronJob)],
    },
    spec: { ...(template.spec ?? {}) },
  };
  createObject(ctx.writer, job, { fieldManager: CONTROLLER_MANAGER });
}

function pruneHistory(ctx: ControllerContext, cronJob: KubeObject, state: "Complete" | "Failed", limit: number): void {
  const finished = ownedObjects(ctx, "batch", "Job", cronJob).filter((job) => jobState(job) === state);
  for (const job of finished.slice(0, Math.max(0, finished.length - limit))) cascadeDelete(ctx.writer, job, CONTROLLER_MANAGER);
}
