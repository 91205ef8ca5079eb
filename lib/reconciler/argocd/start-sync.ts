// A new sync operation from the current comparison: plan the tasks (lib/reconciler/plan-sync)
// and hold them in a Running operation that stepSyncOperation drives.
import type { Manifest } from "../manifest";
import { planSync } from "../plan-sync";
import type { ApplicationSpec } from "./application-spec";
import type { DesiredObjects } from "./desired-objects";
import type { SyncOperation } from "./sync-operation";

export interface SyncRequest {
  initiatedBy: "automated" | "user";
  prune: boolean;
  /** Resource keys for a selective sync. */
  only?: string[];
}

/** @example startSync(spec, desired, orphans, "abc123", { initiatedBy: "user", prune: false }, now) */
export function startSync(spec: ApplicationSpec, desired: DesiredObjects, orphans: readonly Manifest[], revision: string, request: SyncRequest, now: number): SyncOperation {
  const tasks = planSync({
    targets: desired.resources,
    hooks: desired.hooks,
    orphans,
    prune: request.prune,
    pruneLast: spec.syncOptions.includes("PruneLast=true"),
    only: request.only ? new Set(request.only) : undefined,
  });
  return {
    phase: "Running",
    message: "one or more tasks are running",
    revision,
    initiatedBy: request.initiatedBy,
    startedAt: now,
    tasks: tasks.map((task) => ({ ...task, state: "pending", message: "" })),
    nextStepAt: now,
  };
}
