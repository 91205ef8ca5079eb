// Steps the app's running sync on its destination cluster and records the outcome: events for
// what was applied or pruned, the last-applied manifests, history on success, and the
// "failed automated sync is not retried" memory.
import type { KubeObject } from "@/lib/kube/types";
import { HUB_CLUSTER, withEvent, type WorldState } from "../world/world-state";
import type { ArgoAppMemory } from "./app-memory";
import { stepSyncOperation } from "./sync-operation";

const HISTORY_LIMIT = 10;

export function advanceOperation(input: WorldState, app: KubeObject, memory: ArgoAppMemory, clusterName: string): { world: WorldState; memory: ArgoAppMemory } {
  const operation = memory.operation!;
  const step = stepSyncOperation(app.metadata.name, operation, input.clusters[clusterName], input.now);
  let world: WorldState = { ...input, clusters: { ...input.clusters, [clusterName]: step.cluster } };
  for (const effect of step.effects) {
    world = withEvent(world, {
      source: "argocd-application-controller",
      cluster: clusterName,
      object: `${effect.kind}/${effect.namespace ? `${effect.namespace}/` : ""}${effect.name}`,
      type: effect.action === "failed" ? "Warning" : "Normal",
      reason: effect.action === "failed" ? "SyncFailed" : effect.action === "deleted" ? "ResourcePruned" : "ResourceSynced",
      message: effect.message,
    });
  }
  let next: ArgoAppMemory = { ...memory, operation: step.operation, lastApplied: { ...memory.lastApplied, ...step.applied } };
  if (step.operation.phase !== "Running") {
    const succeeded = step.operation.phase === "Succeeded";
    const short = step.operation.revision.slice(0, 7);
    world = withEvent(world, {
      source: "argocd-application-controller",
      cluster: HUB_CLUSTER,
      object: `Application/${app.metadata.name}`,
      type: succeeded ? "Normal" : "Warning",
      reason: "OperationCompleted",
      message: succeeded ? `Sync operation to ${short} succeeded` : `Sync operation to ${short} failed: ${step.operation.message}`,
    });
    if (succeeded) {
      const id = (memory.history.at(-1)?.id ?? -1) + 1;
      next = { ...next, history: [...memory.history, { id, revision: step.operation.revision, deployedAt: input.now, initiatedBy: step.operation.initiatedBy }].slice(-HISTORY_LIMIT) };
    }
    if (step.operation.initiatedBy === "automated") next = { ...next, autoSyncFailed: !succeeded };
  }
  return { world, memory: next };
}
