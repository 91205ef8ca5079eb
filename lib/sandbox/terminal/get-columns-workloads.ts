// `kubectl get` columns of the workload kinds: Deployments, ReplicaSets, StatefulSets,
// DaemonSets, Jobs, CronJobs and HorizontalPodAutoscalers.
import type { KubeObject } from "@/lib/kube/types";
import { age, count, labelString, list, orNone, plain, type KindColumns, type Plain, type RowContext } from "./column-cells";
import { ageOf, humanDuration } from "./format-time";

function containers(object: KubeObject): Plain[] {
  return list(plain(plain(plain(object.spec).template).spec).containers).map(plain);
}

/** CONTAINERS, IMAGES, SELECTOR: the -o wide columns of the pod controllers. */
function templateWide(object: KubeObject): string[] {
  const selector = plain(plain(object.spec).selector);
  return [containers(object).map((c) => String(c.name)).join(","), containers(object).map((c) => String(c.image)).join(","), orNone(labelString(selector.matchLabels ?? selector))];
}

const replicas = (object: KubeObject) => Number(plain(object.spec).replicas ?? 1);

function jobStatus(job: KubeObject): string {
  const conditions = list(plain(job.status).conditions).map(plain);
  const isTrue = (type: string) => conditions.some((condition) => condition.type === type && condition.status === "True");
  if (isTrue("Complete")) return "Complete";
  if (isTrue("Failed")) return "Failed";
  if (isTrue("Suspended")) return "Suspended";
  return "Running";
}

function jobDuration(job: KubeObject, context: RowContext): string {
  const status = plain(job.status);
  if (!status.startTime) return "";
  const end = status.completionTime ? Date.parse(String(status.completionTime)) : context.now;
  return humanDuration(end - Date.parse(String(status.startTime)));
}

function hpaTargets(hpa: KubeObject): string {
  const spec = plain(hpa.spec);
  const metric = plain(list(spec.metrics).map(plain).find((item) => item.type === "Resource"));
  const target = plain(plain(metric.resource).target).averageUtilization ?? spec.targetCPUUtilizationPercentage;
  const current = list(plain(hpa.status).currentMetrics).map((item) => plain(plain(plain(item).resource).current).averageUtilization).find((value) => value !== undefined);
  if (target === undefined) return "<none>";
  return `cpu: ${current === undefined ? "<unknown>" : `${String(current)}%`}/${String(target)}%`;
}

export const WORKLOAD_COLUMNS: Record<string, KindColumns> = {
  "apps/Deployment": {
    headers: ["READY", "UP-TO-DATE", "AVAILABLE", "AGE"],
    cells: (d, context) => [`${count(plain(d.status).readyReplicas)}/${replicas(d)}`, count(plain(d.status).updatedReplicas), count(plain(d.status).availableReplicas), age(d, context)],
    wideHeaders: ["CONTAINERS", "IMAGES", "SELECTOR"],
    wideCells: templateWide,
  },
  "apps/ReplicaSet": {
    headers: ["DESIRED", "CURRENT", "READY", "AGE"],
    cells: (rs, context) => [String(replicas(rs)), count(plain(rs.status).replicas), count(plain(rs.status).readyReplicas), age(rs, context)],
    wideHeaders: ["CONTAINERS", "IMAGES", "SELECTOR"],
    wideCells: templateWide,
  },
  "apps/StatefulSet": {
    headers: ["READY", "AGE"],
    cells: (sts, context) => [`${count(plain(sts.status).readyReplicas)}/${replicas(sts)}`, age(sts, context)],
    wideHeaders: ["CONTAINERS", "IMAGES"],
    wideCells: (sts) => templateWide(sts).slice(0, 2),
  },
  "apps/DaemonSet": {
    headers: ["DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"],
    cells: (ds, context) => {
      const status = plain(ds.status);
      const nodeSelector = labelString(plain(plain(plain(ds.spec).template).spec).nodeSelector);
      return [count(status.desiredNumberScheduled), count(status.currentNumberScheduled), count(status.numberReady), count(status.updatedNumberScheduled), count(status.numberAvailable), orNone(nodeSelector), age(ds, context)];
    },
    wideHeaders: ["CONTAINERS", "IMAGES", "SELECTOR"],
    wideCells: templateWide,
  },
  "batch/Job": {
    headers: ["STATUS", "COMPLETIONS", "DURATION", "AGE"],
    cells: (job, context) => [jobStatus(job), `${count(plain(job.status).succeeded)}/${String(plain(job.spec).completions ?? 1)}`, jobDuration(job, context), age(job, context)],
  },
  "batch/CronJob": {
    headers: ["SCHEDULE", "TIMEZONE", "SUSPEND", "ACTIVE", "LAST SCHEDULE", "AGE"],
    cells: (cj, context) => {
      const spec = plain(cj.spec);
      const last = plain(cj.status).lastScheduleTime as string | undefined;
      return [String(spec.schedule ?? ""), orNone(spec.timeZone as string | undefined), spec.suspend === true ? "True" : "False", String(list(plain(cj.status).active).length), last ? ageOf(last, context.now) : "<none>", age(cj, context)];
    },
  },
  "autoscaling/HorizontalPodAutoscaler": {
    headers: ["REFERENCE", "TARGETS", "MINPODS", "MAXPODS", "REPLICAS", "AGE"],
    cells: (hpa, context) => {
      const spec = plain(hpa.spec);
      const ref = plain(spec.scaleTargetRef);
      return [`${String(ref.kind)}/${String(ref.name)}`, hpaTargets(hpa), String(spec.minReplicas ?? 1), String(spec.maxReplicas ?? ""), count(plain(hpa.status).currentReplicas), age(hpa, context)];
    },
  },
};
