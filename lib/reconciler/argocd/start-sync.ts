// A new sync operation from the current comparison: plan the tasks (lib/reconciler/plan-sync)
// and hold them in a Running operation that stepSyncOperation drives.
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import { fieldsOwnedBy } from "../field-managers";
import { respectIgnoreDifferences } from "../ignore-differences";
import type { Manifest } from "../manifest";
import { planSync } from "../plan-sync";
import { liveKey } from "./sync-operation";
import type { ApplicationSpec } from "./application-spec";
import type { DesiredObjects } from "./desired-objects";
import type { SyncOperation } from "./sync-operation";

export interface SyncRequest {
  initiatedBy: "automated" | "user";
  prune: boolean;
  /** Resource keys for a selective sync. */
  only?: string[];
}

/** RespectIgnoreDifferences=true: targets keep the live value of every ignored field. */
function targetsFor(spec: ApplicationSpec, desired: DesiredObjects, cluster: ClusterState): Manifest[] {
  if (!spec.syncOptions.includes("RespectIgnoreDifferences=true")) return desired.resources;
  return desired.resources.map((target) => {
    const live = cluster.objects[liveKey(target)];
    return respectIgnoreDifferences(target, live, spec.ignoreDifferences, live ? (manager) => fieldsOwnedBy(live, manager) : undefined);
  });
}

/** @example startSync(spec, desired, orphans, "abc123", { initiatedBy: "user", prune: false }, cluster, now) */
export function startSync(spec: ApplicationSpec, desired: DesiredObjects, orphans: readonly Manifest[], revision: string, request: SyncRequest, cluster: ClusterState, now: number): SyncOperation {
  const tasks = planSync({
    targets: targetsFor(spec, desired, cluster),
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
