import { keyOf } from "../object-key";
import { isoTime } from "../store/cluster-writer";
import { updateObject, updateStatus } from "../store/write-object";
import type { KubeObject } from "../types";
import { CONTROLLER_MANAGER, msOf, periodDue, type ControllerContext } from "./controller-context";

/** The field manager the simulated HPA writes a target's replicas as. */
export const HPA_MANAGER = "hpa-controller";
// Kubernetes: --horizontal-pod-autoscaler-sync-period defaults to 15 s; changes within 10% are ignored.
const SYNC_PERIOD_MS = 15_000;
const TOLERANCE = 0.1;

interface HpaSpecView {
  scaleTargetRef?: { apiVersion?: string; kind?: string; name?: string };
  minReplicas?: number;
  maxReplicas?: number;
  metrics?: Array<{ type?: string; resource?: { name?: string; target?: { type?: string; averageUtilization?: number } } }>;
}

/**
 * The HorizontalPodAutoscaler (autoscaling/v2, CPU utilisation only), every 15 s:
 * desired = ceil(current × utilisation / target), clamped to [minReplicas, maxReplicas].
 * Utilisation comes from the scenario's simulated load (`config.cpuLoad["ns/name"]`, in percent
 * of one pod's request, spread evenly over the current replicas). No scale-down stabilisation window.
 */
export function syncHorizontalPodAutoscalers(ctx: ControllerContext): void {
  for (const hpa of ctx.writer.ofKind("autoscaling", "HorizontalPodAutoscaler")) {
    if (!periodDue(msOf(hpa.metadata.creationTimestamp), SYNC_PERIOD_MS, ctx.since, ctx.now)) continue;
    syncHpa(ctx, hpa);
  }
}

function syncHpa(ctx: ControllerContext, hpa: KubeObject): void {
  const spec = (hpa.spec ?? {}) as HpaSpecView;
  const ref = spec.scaleTargetRef ?? {};
  const namespace = hpa.metadata.namespace ?? "";
  const target = ctx.writer.get({ group: "apps", kind: ref.kind ?? "Deployment", namespace, name: ref.name ?? "" });
  if (!target) {
    const conditions = [{ type: "AbleToScale", status: "False", reason: "FailedGetScale", message: `the HPA controller was unable to get the target's current scale: ${ref.kind} "${ref.name}" not found`, lastTransitionTime: isoTime(ctx.now) }];
    updateStatus(ctx.writer, hpa, { currentReplicas: 0, desiredReplicas: 0, conditions }, CONTROLLER_MANAGER);
    return;
  }
  const current = Number(target.spec?.replicas ?? 1);
  const cpuTarget = spec.metrics?.find((metric) => metric.resource?.name === "cpu")?.resource?.target?.averageUtilization ?? 80;
  const load = ctx.writer.config.cpuLoad[`${namespace}/${target.metadata.name}`] ?? 0;
  const utilisation = current > 0 ? Math.round(load / current) : 0;
  const ratio = utilisation / cpuTarget;
  const raw = Math.abs(ratio - 1) <= TOLERANCE ? current : Math.ceil(current * ratio);
  const desired = Math.min(spec.maxReplicas ?? current, Math.max(spec.minReplicas ?? 1, raw));
  const scaled = desired !== current;
  if (scaled) {
    updateObject(ctx.writer, target, { ...target, spec: { ...target.spec, replicas: desired } }, { fieldManager: HPA_MANAGER });
  }
  const live = ctx.writer.get(keyOf(hpa)) ?? hpa;
  const previous = (live.status ?? {}) as { lastScaleTime?: string };
  const lastScaleTime = scaled ? isoTime(ctx.now) : previous.lastScaleTime;
  updateStatus(
    ctx.writer,
    live,
    {
      currentReplicas: current,
      desiredReplicas: desired,
      currentMetrics: [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: utilisation } } }],
      ...(lastScaleTime ? { lastScaleTime } : {}),
      conditions: [
        { type: "AbleToScale", status: "True", reason: scaled ? "SucceededRescale" : "ReadyForNewScale", message: scaled ? `the HPA controller was able to update the target scale to ${desired}` : "recommended size matches current size" },
        { type: "ScalingActive", status: "True", reason: "ValidMetricFound", message: "the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)" },
      ],
    },
    CONTROLLER_MANAGER,
  );
}
