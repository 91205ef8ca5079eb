// The end of a Kustomization's reconcile: with `wait` or healthChecks, Ready only once the
// objects are healthy (Flux's kstatus "Current"), failing with HealthCheckFailed after the
// timeout; without, Ready as soon as the apply succeeded. Success records the revision and
// a history entry, and schedules the next run one interval later.
import { assessHealth } from "@/lib/kube/health/assess-health";
import type { KubeObject } from "@/lib/kube/types";
import { sha256Hex } from "@/lib/kustomize/sha256";
import type { WorldState } from "../world/world-state";
import { HUB_CLUSTER } from "../world/world-state";
import { liveKey } from "../argocd/sync-operation";
import { failed, setCondition, succeeded, type Condition } from "./conditions";
import { formatGoDuration, type KustomizationSpec } from "./flux-specs";
import { nextFluxRun } from "../refresh-schedule";
import { recordReconciliation, type HistoryEntry } from "./history";
import { KUSTOMIZE_CONTROLLER } from "./apply-kustomization";
import { fluxEvent, reconcileRequested, writeFluxStatus } from "./write-flux-status";

type Status = { conditions?: Condition[]; history?: HistoryEntry[]; [field: string]: unknown };

function unhealthy(world: WorldState, spec: KustomizationSpec, objects: readonly KubeObject[] | readonly { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }[]): string[] {
  const checks = spec.wait ? objects : spec.healthChecks.map((check) => ({ apiVersion: check.apiVersion, kind: check.kind, metadata: { name: check.name, namespace: check.namespace } }));
  const cluster = world.clusters[HUB_CLUSTER];
  return checks
    .filter((check) => {
      const health = assessHealth(cluster.objects[liveKey(check)]);
      return health !== undefined && health.status !== "Healthy";
    })
    .map((check) => `${check.kind}/${check.metadata.namespace ? `${check.metadata.namespace}/` : ""}${check.metadata.name}`);
}

export function finishKustomization(world: WorldState, object: KubeObject, spec: KustomizationSpec): WorldState {
  const key = `Kustomization/${object.metadata.name}`;
  const waiting = world.flux.waiting[key];
  if (!waiting) return world;
  const status = (object.status ?? {}) as Status;
  const at = new Date(world.now).toISOString();
  const generation = object.metadata.generation ?? 1;
  const requested = reconcileRequested(object);
  const pending = spec.wait || spec.healthChecks.length > 0 ? unhealthy(world, spec, waiting.objects) : [];
  const { [key]: _done, ...stillWaiting } = world.flux.waiting;
  if (pending.length > 0 && world.now - waiting.since < spec.timeoutMs) {
    const conditions = setCondition(
      setCondition(status.conditions ?? [], { type: "Reconciling", status: "True", reason: "Progressing", message: "Health check in progress", lastTransitionTime: at, observedGeneration: generation }),
      { type: "Ready", status: "Unknown", reason: "Progressing", message: "Reconciliation in progress", lastTransitionTime: at, observedGeneration: generation },
    );
    return writeFluxStatus(world, object, { ...status, conditions }, KUSTOMIZE_CONTROLLER);
  }
  const nextAt = { ...world.flux.nextAt, [key]: nextFluxRun({ seed: world.seed, object: key, at: world.now, intervalMs: pending.length > 0 ? spec.retryIntervalMs : spec.intervalMs }) };
  const attempted = { ...world.flux.attempted, [key]: waiting.revision };
  let next: WorldState = { ...world, flux: { ...world.flux, waiting: stillWaiting, nextAt, attempted } };
  const digest = `sha256:${sha256Hex(JSON.stringify(waiting.objects))}`;
  if (pending.length > 0) {
    const message = `Health check failed after ${formatGoDuration(world.now - waiting.since)}: timeout waiting for: [${pending.join(", ")}]`;
    const conditions = failed(status.conditions ?? [], { reason: "HealthCheckFailed", message }, at, generation);
    const history = recordReconciliation(status.history ?? [], { digest, status: "HealthCheckFailed", at, revision: waiting.revision, duration: formatGoDuration(world.now - waiting.since) });
    next = fluxEvent(next, KUSTOMIZE_CONTROLLER, object, "Warning", "HealthCheckFailed", message);
    return writeFluxStatus(next, object, { ...status, conditions, history, lastAttemptedRevision: waiting.revision, ...(requested ? { lastHandledReconcileAt: requested } : {}) }, KUSTOMIZE_CONTROLLER);
  }
  const conditions = succeeded(status.conditions ?? [], at, generation, waiting.revision);
  const history = recordReconciliation(status.history ?? [], { digest, status: "ReconciliationSucceeded", at, revision: waiting.revision, duration: formatGoDuration(world.now - waiting.since) });
  next = fluxEvent(next, KUSTOMIZE_CONTROLLER, object, "Normal", "ReconciliationSucceeded", `Reconciliation finished in ${formatGoDuration(world.now - waiting.since)}, next run in ${formatGoDuration(spec.intervalMs)}`);
  return writeFluxStatus(
    next,
    object,
    { ...status, conditions, history, lastAppliedRevision: waiting.revision, lastAttemptedRevision: waiting.revision, observedGeneration: generation, ...(requested ? { lastHandledReconcileAt: requested } : {}) },
    KUSTOMIZE_CONTROLLER,
  );
}
