// The status Argo CD writes on an Application: sync (with the revision compared to), health,
// the resources table, the current or last operation, history and conditions.
import { groupOf } from "../manifest";
import type { ArgoAppMemory } from "./app-memory";
import type { ApplicationSpec } from "./application-spec";
import type { Comparison } from "./compare-application";

export interface AppConditions {
  comparisonError?: string;
  specError?: string;
  autoSyncNote?: string;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function buildAppStatus(spec: ApplicationSpec, memory: ArgoAppMemory, comparison: Comparison | null, conditions: AppConditions, now: number): Record<string, unknown> {
  const revision = memory.rendered?.revision ?? "";
  const conditionList = [
    conditions.comparisonError && { type: "ComparisonError", message: conditions.comparisonError, lastTransitionTime: iso(now) },
    conditions.specError && { type: "InvalidSpecError", message: conditions.specError, lastTransitionTime: iso(now) },
    conditions.autoSyncNote && { type: "SyncError", message: conditions.autoSyncNote, lastTransitionTime: iso(now) },
  ].filter(Boolean);
  const operation = memory.operation;
  return {
    sync: {
      status: comparison && !conditions.comparisonError && !conditions.specError ? comparison.sync : "Unknown",
      revision,
      comparedTo: { source: { repoURL: spec.source.repoURL, path: spec.source.path, targetRevision: spec.source.targetRevision }, destination: spec.destination },
    },
    health: comparison ? { status: comparison.health.status, ...(comparison.health.message ? { message: comparison.health.message } : {}) } : { status: "Unknown" },
    resources: comparison?.resources ?? [],
    ...(operation
      ? {
          operationState: {
            phase: operation.phase,
            message: operation.message,
            startedAt: iso(operation.startedAt),
            ...(operation.finishedAt !== undefined ? { finishedAt: iso(operation.finishedAt) } : {}),
            operation: { initiatedBy: operation.initiatedBy === "automated" ? { automated: true } : { username: "learner" }, sync: { revision: operation.revision } },
            syncResult: {
              revision: operation.revision,
              resources: operation.tasks.map((task) => ({
                group: groupOf(task.manifest.apiVersion),
                version: task.manifest.apiVersion.split("/").at(-1)!,
                kind: task.manifest.kind, namespace: task.manifest.metadata.namespace ?? "", name: task.manifest.metadata.name,
                syncPhase: task.phase, hookType: task.action === "hook" ? task.phase : undefined,
                status: task.state === "failed" ? "SyncFailed" : task.state === "pending" ? "" : "Synced",
                message: task.message,
              })),
            },
          },
        }
      : {}),
    history: memory.history.map((entry) => ({ id: entry.id, revision: entry.revision, deployedAt: iso(entry.deployedAt), source: { repoURL: spec.source.repoURL, path: spec.source.path } })),
    conditions: conditionList,
    reconciledAt: iso(now),
  };
}
