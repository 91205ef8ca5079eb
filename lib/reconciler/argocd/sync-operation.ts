// A running Argo CD sync, stepped on the simulated clock the way gitops-engine's
// syncContext.Sync() is called again and again (sync_context.go):
//   - running tasks are checked: a hook finishes with its Job; in a multi-step sync a resource
//     finishes when Healthy (or when it has no health) and fails when Degraded;
//   - while anything runs, wait; a failed task fails the sync and starts the SyncFail hooks;
//   - otherwise the next (phase, wave) group is applied, and 2 s pass before the next step
//     (Argo CD's delay between waves); a single-step sync succeeds right after applying,
//     even if the objects degrade afterwards.
import { assessHealth } from "@/lib/kube/health/assess-health";
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import type { Manifest } from "../manifest";
import type { SyncTask } from "../plan-sync";
import { hookDeletePoliciesOf } from "../sync-phases";
import { applyTask, deleteLive, type TaskEffect } from "./run-sync-task";

export const WAVE_DELAY_MS = 2_000;

export type OperationPhase = "Running" | "Succeeded" | "Failed" | "Error";
export type TaskState = "pending" | "running" | "succeeded" | "failed";

export interface OperationTask extends SyncTask {
  state: TaskState;
  message: string;
}

export interface SyncOperation {
  phase: OperationPhase;
  message: string;
  revision: string;
  initiatedBy: "automated" | "user";
  startedAt: number;
  finishedAt?: number;
  tasks: OperationTask[];
  /** The next step may not run before this time (the delay between waves). */
  nextStepAt: number;
}

export interface StepResult {
  operation: SyncOperation;
  cluster: ClusterState;
  effects: TaskEffect[];
  /** Manifests applied in this step, by resource key, to remember as last applied. */
  applied: Record<string, Manifest>;
}

function multiStep(tasks: readonly OperationTask[]): boolean {
  const groups = new Set(tasks.filter((task) => task.phase !== "SyncFail").map((task) => `${task.phase}/${task.wave}`));
  return groups.size > 1;
}

function refreshRunning(operation: SyncOperation, cluster: ClusterState): OperationTask[] {
  const stepped = multiStep(operation.tasks);
  return operation.tasks.map((task) => {
    if (task.state !== "running") return task;
    if (task.action === "prune") return { ...task, state: "succeeded" };
    if (task.action !== "hook" && !stepped) return { ...task, state: "succeeded" };
    const live = cluster.objects[liveKey(task.manifest)];
    if (!live) return task.action === "hook" ? task : { ...task, state: "failed", message: `${task.manifest.kind}/${task.manifest.metadata.name} is missing, it might have been deleted` };
    const health = assessHealth(live);
    if (!health || health.status === "Healthy") return { ...task, state: "succeeded", message: health?.message || task.message };
    if (health.status === "Degraded") return { ...task, state: "failed", message: health.message || "Degraded" };
    return task;
  });
}

/** The cluster store's key for a manifest: group/kind/namespace/name. */
export function liveKey(manifest: Pick<Manifest, "apiVersion" | "kind" | "metadata">): string {
  const group = manifest.apiVersion.includes("/") ? manifest.apiVersion.split("/")[0] : "";
  return `${group}/${manifest.kind}/${manifest.metadata.namespace ?? ""}/${manifest.metadata.name}`;
}

function finish(operation: SyncOperation, tasks: OperationTask[], phase: OperationPhase, message: string, now: number): SyncOperation {
  return { ...operation, tasks, phase, message, finishedAt: now };
}

/** Deletes hooks whose delete policy matches how the operation ended. */
function deleteFinishedHooks(cluster: ClusterState, tasks: readonly OperationTask[], outcome: "HookSucceeded" | "HookFailed", effects: TaskEffect[]): ClusterState {
  let next = cluster;
  for (const task of tasks) {
    if (task.action !== "hook" || task.state === "pending") continue;
    const matches = task.state === "succeeded" ? outcome === "HookSucceeded" : outcome === "HookFailed";
    if (matches && hookDeletePoliciesOf(task.manifest).includes(outcome)) next = deleteLive(next, task.manifest, effects);
  }
  return next;
}

function runGroup(appName: string, cluster: ClusterState, tasks: OperationTask[], group: OperationTask[], effects: TaskEffect[], applied: Record<string, Manifest>) {
  let next = cluster;
  const done = new Map<OperationTask, OperationTask>();
  for (const task of group) {
    const result = applyTask(appName, next, task, effects);
    next = result.cluster;
    if (result.ok && task.action !== "prune") applied[task.key] = task.manifest;
    done.set(task, { ...task, state: result.ok ? "running" : "failed", message: result.message });
  }
  return { cluster: next, tasks: tasks.map((task) => done.get(task) ?? task) };
}

/**
 * One step of a running sync; a finished operation is returned unchanged.
 * @example stepSyncOperation("web", operation, cluster, 1_000).operation.phase // "Running" | "Succeeded" | "Failed"
 */
export function stepSyncOperation(appName: string, operation: SyncOperation, cluster: ClusterState, now: number): StepResult {
  const effects: TaskEffect[] = [];
  const applied: Record<string, Manifest> = {};
  if (operation.phase !== "Running" || now < operation.nextStepAt) return { operation, cluster, effects, applied };
  let tasks = refreshRunning(operation, cluster);
  const stepped = multiStep(tasks);
  if (tasks.some((task) => task.state === "running" && (stepped || task.action === "hook"))) {
    return { operation: { ...operation, tasks, message: "waiting for healthy state of resources and hooks" }, cluster, effects, applied };
  }
  const failures = tasks.filter((task) => task.phase !== "SyncFail" && task.state === "failed");
  const failHooks = tasks.filter((task) => task.phase === "SyncFail");
  if (failures.length > 0) {
    const message = `one or more synchronization tasks completed unsuccessfully, reason: ${failures.map((task) => task.message).join(", ")}`;
    const pendingFailHooks = failHooks.filter((task) => task.state === "pending");
    if (pendingFailHooks.length > 0) {
      const ran = runGroup(appName, cluster, tasks, pendingFailHooks, effects, applied);
      return { operation: { ...operation, tasks: ran.tasks, message, nextStepAt: now + WAVE_DELAY_MS }, cluster: ran.cluster, effects, applied };
    }
    const next = deleteFinishedHooks(cluster, tasks, "HookFailed", effects);
    return { operation: finish(operation, tasks, "Failed", message, now), cluster: next, effects, applied };
  }
  const pending = tasks.filter((task) => task.phase !== "SyncFail" && task.state === "pending");
  if (pending.length === 0) {
    const next = deleteFinishedHooks(cluster, tasks, "HookSucceeded", effects);
    return { operation: finish(operation, tasks, "Succeeded", "successfully synced (no more tasks)", now), cluster: next, effects, applied };
  }
  const group = pending.filter((task) => task.phase === pending[0].phase && task.wave === pending[0].wave);
  const ran = runGroup(appName, cluster, tasks, group, effects, applied);
  tasks = ran.tasks;
  const lastGroup = group.length === pending.length;
  const groupFailed = tasks.some((task) => task.state === "failed" && task.phase !== "SyncFail");
  if (!groupFailed && lastGroup && !group.some((task) => task.action === "hook")) {
    const settled = tasks.map((task) => (task.state === "running" ? { ...task, state: "succeeded" as const } : task));
    const next = deleteFinishedHooks(ran.cluster, settled, "HookSucceeded", effects);
    return { operation: finish(operation, settled, "Succeeded", "successfully synced (all tasks run)", now), cluster: next, effects, applied };
  }
  return { operation: { ...operation, tasks, message: "one or more tasks are running", nextStepAt: now + WAVE_DELAY_MS }, cluster: ran.cluster, effects, applied };
}
