// The blocks `argocd app get` prints (cmd/argocd/commands/app.go): the summary (each label
// padded to 20 columns), the conditions table, the operation result and the resource table.
import type { KubeObject } from "@/lib/kube/types";
import { readApplicationSpec } from "@/lib/reconciler/argocd/application-spec";
import type { SyncOperation } from "@/lib/reconciler/argocd/sync-operation";
import { groupOf } from "@/lib/reconciler/manifest";
import { ARGOCD_NAMESPACE } from "@/lib/reconciler/argocd/destination";
import { statusOf } from "./argocd-common";
import { tabwrite, TWO_SPACES } from "./format-table";
import { goTime } from "./format-time";

/** printOpFmtStr: "%-20s%s". */
export const field = (label: string, value: string) => `${label.padEnd(20)}${value}`;

const isCommitSha = (revision: string) => /^[0-9a-f]{7,40}$/.test(revision);

export function syncPolicyLabel(app: KubeObject): string {
  const automated = readApplicationSpec(app).automated;
  if (!automated) return "Manual";
  return automated.prune ? "Automated (Prune)" : "Automated";
}

export function appSummary(app: KubeObject): string {
  const spec = readApplicationSpec(app);
  const status = statusOf(app);
  const sync = status.sync?.status ?? "Unknown";
  const target = spec.source.targetRevision;
  let syncText = sync === "Synced" ? `${sync} to ${target}` : sync === "OutOfSync" ? `${sync} from ${target}` : sync;
  const revision = status.sync?.revision ?? "";
  if (!isCommitSha(target) && revision.length > 7) syncText += ` (${revision.slice(0, 7)})`;
  const health = status.health?.status ?? "Unknown";
  return [
    field("Name:", `${ARGOCD_NAMESPACE}/${app.metadata.name}`),
    field("Project:", spec.project),
    field("Server:", spec.destination.server ?? spec.destination.name ?? ""),
    field("Namespace:", spec.destination.namespace),
    field("Repo:", spec.source.repoURL),
    field("Target:", target),
    field("Path:", spec.source.path),
    field("SyncWindow:", "Sync Allowed"),
    field("Sync Policy:", syncPolicyLabel(app)),
    field("Sync Status:", syncText),
    field("Health Status:", status.health?.message ? `${health} (${status.health.message})` : health),
  ].join("\n");
}

export function conditionsTable(app: KubeObject): string | undefined {
  const conditions = statusOf(app).conditions ?? [];
  if (conditions.length === 0) return undefined;
  const rows = conditions.map((condition) => [condition.type, condition.message, condition.lastTransitionTime ? goTime(Date.parse(condition.lastTransitionTime)) : ""]);
  return tabwrite([["CONDITION", "MESSAGE", "LAST TRANSITION"], ...rows], TWO_SPACES);
}

/** printOperationResult, from the controller's memory (fresher than status right after a command). */
export function operationBlock(operation: SyncOperation, now: number): string {
  const end = operation.finishedAt ?? now;
  return [
    field("Operation:", "Sync"),
    field("Sync Revision:", operation.revision),
    field("Phase:", operation.phase),
    field("Start:", goTime(operation.startedAt)),
    field("Finished:", operation.finishedAt !== undefined ? goTime(operation.finishedAt) : "<nil>"),
    field("Duration:", `${Math.round((end - operation.startedAt) / 1000)}s`),
    ...(operation.message ? [field("Message:", operation.message)] : []),
  ].join("\n");
}

/**
 * GROUP KIND NAMESPACE NAME STATUS HEALTH HOOK MESSAGE: the last operation's resources first
 * (with their messages), then the other resources sorted by key, as getResourceStates orders them.
 */
export function resourceTable(app: KubeObject, operation?: SyncOperation): string | undefined {
  const resources = statusOf(app).resources ?? [];
  const key = (r: { group: string; kind: string; namespace: string; name: string }) => `${r.group}/${r.kind}/${r.namespace}/${r.name}`;
  const byKey = new Map(resources.map((resource) => [key(resource), resource]));
  const rows: string[][] = [];
  for (const task of operation?.tasks ?? []) {
    const taskKey = key({ group: groupOf(task.manifest.apiVersion), kind: task.manifest.kind, namespace: task.manifest.metadata.namespace ?? "", name: task.manifest.metadata.name });
    const resource = byKey.get(taskKey);
    const hook = task.action === "hook" ? task.phase : "";
    const syncStatus = resource && !hook ? resource.status : task.state === "failed" ? "SyncFailed" : task.state === "pending" ? "" : "Synced";
    const health = resource && !hook ? (resource.health?.status ?? "") : "";
    const [group, kind, namespace, name] = [groupOf(task.manifest.apiVersion), task.manifest.kind, task.manifest.metadata.namespace ?? "", task.manifest.metadata.name];
    rows.push([group, kind, namespace, name, syncStatus, health, hook, task.message]);
    byKey.delete(taskKey);
  }
  for (const resourceKey of [...byKey.keys()].sort()) {
    const resource = byKey.get(resourceKey)!;
    rows.push([resource.group, resource.kind, resource.namespace, resource.name, resource.status, resource.health?.status ?? "", "", ""]);
  }
  if (rows.length === 0) return undefined;
  return tabwrite([["GROUP", "KIND", "NAMESPACE", "NAME", "STATUS", "HEALTH", "HOOK", "MESSAGE"], ...rows], TWO_SPACES);
}
