import { isoTime } from "../store/cluster-writer";
import { updateStatus } from "../store/write-object";
import type { KubeObject } from "../types";
import { CONTROLLER_MANAGER, ownedObjects, type ControllerContext } from "./controller-context";
import { createPodFromTemplate } from "./create-pod";

type Plain = Record<string, unknown>;

interface JobSpecView {
  completions?: number;
  parallelism?: number;
  backoffLimit?: number;
  suspend?: boolean;
  template?: Plain;
}

/**
 * The Job controller: run pods until `completions` succeed, or fail the Job once more than
 * `backoffLimit` pods failed (Kubernetes: condition Failed, reason BackoffLimitExceeded).
 * Simplified: a failed pod is replaced at once, without the 10 s, 20 s, 40 s… back-off.
 */
export function syncJobs(ctx: ControllerContext): void {
  for (const job of ctx.writer.ofKind("batch", "Job")) syncJob(ctx, job);
}

const phaseOf = (pod: KubeObject) => (pod.status ?? {}).phase as string | undefined;

function syncJob(ctx: ControllerContext, job: KubeObject): void {
  const spec = (job.spec ?? {}) as JobSpecView;
  const status = (job.status ?? {}) as Plain & { conditions?: Plain[] };
  const finished = (status.conditions ?? []).some((item) => (item.type === "Complete" || item.type === "Failed") && item.status === "True");
  if (finished) return;
  const completions = spec.completions ?? 1;
  const pods = ownedObjects(ctx, "", "Pod", job);
  const succeeded = pods.filter((pod) => phaseOf(pod) === "Succeeded").length;
  const failed = pods.filter((pod) => phaseOf(pod) === "Failed").length;
  const active = pods.filter((pod) => phaseOf(pod) !== "Succeeded" && phaseOf(pod) !== "Failed");
  const now = isoTime(ctx.now);
  const startTime = (status.startTime as string | undefined) ?? now;
  const counts = { ...(active.length > 0 ? { active: active.length } : {}), ...(succeeded > 0 ? { succeeded } : {}), ...(failed > 0 ? { failed } : {}) };

  if (failed > (spec.backoffLimit ?? 6)) {
    const conditions = [{ type: "Failed", status: "True", reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit", lastProbeTime: now, lastTransitionTime: now }];
    updateStatus(ctx.writer, job, { ...counts, startTime, conditions }, CONTROLLER_MANAGER);
    return;
  }
  if (succeeded >= completions) {
    const conditions = [{ type: "Complete", status: "True", lastProbeTime: now, lastTransitionTime: now }];
    updateStatus(ctx.writer, job, { ...counts, startTime, completionTime: now, conditions }, CONTROLLER_MANAGER);
    return;
  }
  if (spec.suspend) {
    const conditions = [{ type: "Suspended", status: "True", reason: "JobSuspended", message: "Job suspended", lastProbeTime: now, lastTransitionTime: now }];
    updateStatus(ctx.writer, job, { ...counts, conditions }, CONTROLLER_MANAGER);
    return;
  }
  const wanted = Math.min(spec.parallelism ?? 1, completions - succeeded) - active.length;
  const labels = { "batch.kubernetes.io/job-name": job.metadata.name, "job-name": job.metadata.name, "batch.kubernetes.io/controller-uid": job.metadata.uid ?? "" };
  for (let index = 0; index < wanted; index += 1) {
    createPodFromTemplate(ctx, job, spec.template ?? {}, { generateName: `${job.metadata.name}-`, labels });
  }
  const activeNow = active.length + Math.max(0, wanted);
  updateStatus(ctx.writer, job, { ...counts, ...(activeNow > 0 ? { active: activeNow } : {}), startTime }, CONTROLLER_MANAGER);
}
