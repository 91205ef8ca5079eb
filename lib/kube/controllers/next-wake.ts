import type { ClusterWriter } from "../store/cluster-writer";
import { msOf } from "./controller-context";
import { imageExists, CRASH_ANNOTATION, READY_AFTER_ANNOTATION, RUN_FOR_ANNOTATION } from "./pod-state";

const MINUTE = 60_000;
const HPA_PERIOD = 15_000;
const CRASH_PERIOD = 10_000;

/**
 * The earliest simulated time after `now` at which some controller would act without any write
 * prompting it: a pod becoming Ready or finishing, a progress deadline passing, an HPA sync, a
 * cron minute. Lets `advanceCluster` skip idle seconds; every such timer must be listed here.
 */
export function nextWakeTime(writer: ClusterWriter): number {
  const now = writer.now;
  const times: number[] = [];
  for (const pod of writer.ofKind("", "Pod")) times.push(...podTimers(writer, pod.metadata, pod.spec, now));
  for (const deployment of writer.ofKind("apps", "Deployment")) {
    const conditions = ((deployment.status ?? {}).conditions ?? []) as Array<{ type: string; reason?: string; lastUpdateTime?: string }>;
    const progressing = conditions.find((item) => item.type === "Progressing");
    if (progressing && progressing.reason !== "NewReplicaSetAvailable" && progressing.reason !== "ProgressDeadlineExceeded") {
      const seconds = Number((deployment.spec ?? {}).progressDeadlineSeconds ?? 600);
      times.push(msOf(progressing.lastUpdateTime) + seconds * 1000 + 1);
    }
  }
  for (const hpa of writer.ofKind("autoscaling", "HorizontalPodAutoscaler")) {
    const origin = msOf(hpa.metadata.creationTimestamp);
    times.push(origin + (Math.floor((now - origin) / HPA_PERIOD) + 1) * HPA_PERIOD);
  }
  if (writer.ofKind("batch", "CronJob").length > 0) times.push((Math.floor(now / MINUTE) + 1) * MINUTE);
  return Math.min(Infinity, ...times.filter((time) => time > now));
}

function podTimers(writer: ClusterWriter, metadata: { annotations?: Record<string, string>; creationTimestamp?: string }, spec: Record<string, unknown> | undefined, now: number): number[] {
  const created = msOf(metadata.creationTimestamp);
  const annotations = metadata.annotations ?? {};
  const containers = ((spec ?? {}).containers ?? []) as Array<{ image: string }>;
  if (containers.some((container) => !imageExists(writer.config.images, container.image))) return [];
  const readyAt = created + Number(annotations[READY_AFTER_ANNOTATION] ?? writer.config.podReadyDelayMs);
  const endAt = created + Number(annotations[RUN_FOR_ANNOTATION] ?? writer.config.jobPodDurationMs);
  const timers = [readyAt, endAt];
  if (annotations[CRASH_ANNOTATION] === "true" && now >= readyAt) {
    timers.push(readyAt + (Math.floor((now - readyAt) / CRASH_PERIOD) + 1) * CRASH_PERIOD);
  }
  return timers;
}
