// Every Argo CD Application as the sandbox's Applications panel shows it: what it deploys and
// where, its sync and health, the current operation, history for rollback, and the resource
// tree — the rows of status.resources with the live objects they own.
import { listObjects, type ClusterState, type KubeObject } from "@/lib/kube";
import { readApplicationSpec } from "@/lib/reconciler/argocd/application-spec";
import { ARGOCD_NAMESPACE, resolveDestination } from "@/lib/reconciler/argocd/destination";
import type { ResourceStatus } from "@/lib/reconciler/argocd/resource-status";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { healthStatusSchema, syncStatusSchema, type ApplicationView, type TreeNode } from "../view-schema";
import { managedNode, ownerIndex, storeKey, type OwnerIndex } from "./resource-tree";

interface AppStatusView {
  sync?: { status?: unknown; revision?: unknown };
  health?: { status?: unknown; message?: unknown };
  resources?: ResourceStatus[];
  operationState?: { phase?: unknown; message?: unknown };
  conditions?: { type?: unknown; message?: unknown }[];
  history?: { id?: unknown; revision?: unknown; deployedAt?: unknown }[];
}

type Health = NonNullable<TreeNode["health"]>;

/** Argo CD writes `message: ""` for a healthy resource; the view leaves it out. */
function toHealth(value: { status?: unknown; message?: unknown } | undefined): Health {
  const status = healthStatusSchema.safeParse(value?.status);
  const message = typeof value?.message === "string" && value.message ? value.message : undefined;
  return { status: status.success ? status.data : "Unknown", ...(message ? { message } : {}) };
}

function toSync(value: unknown): NonNullable<TreeNode["sync"]> {
  const parsed = syncStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : "Unknown";
}

/** The world's name of the cluster an app deploys to, or what the spec says when unresolved. */
export function destinationCluster(world: WorldState, app: KubeObject): { cluster: string; resolved: boolean } {
  const spec = readApplicationSpec(app);
  const destination = resolveDestination(world.clusters[HUB_CLUSTER], spec, new Set(Object.keys(world.clusters)));
  if (destination.ok) return { cluster: destination.cluster, resolved: true };
  return { cluster: spec.destination.name ?? spec.destination.server ?? "", resolved: false };
}

function resourceNodes(cluster: string, state: ClusterState | undefined, rows: readonly ResourceStatus[], index: OwnerIndex): TreeNode[] {
  return rows.map((row) => {
    const object = { group: row.group, kind: row.kind, ...(row.namespace ? { namespace: row.namespace } : {}), name: row.name };
    const live = state?.objects[storeKey(object)];
    return managedNode(cluster, { object, live, sync: toSync(row.status), ...(row.health ? { health: toHealth(row.health) } : {}), requiresPruning: row.requiresPruning }, index);
  });
}

function historyOf(world: WorldState, name: string, status: AppStatusView): ApplicationView["history"] {
  const memory = world.argo[name];
  if (memory) return memory.history.map((entry) => ({ id: entry.id, revision: entry.revision, deployedAt: new Date(entry.deployedAt).toISOString() }));
  return (status.history ?? []).map((entry) => ({ id: Number(entry.id ?? 0), revision: String(entry.revision ?? ""), deployedAt: String(entry.deployedAt ?? "") }));
}

function applicationView(world: WorldState, app: KubeObject, indexOf: (cluster: string) => OwnerIndex): ApplicationView {
  const spec = readApplicationSpec(app);
  const status = (app.status ?? {}) as AppStatusView;
  const { cluster } = destinationCluster(world, app);
  const revision = typeof status.sync?.revision === "string" && status.sync.revision ? status.sync.revision : undefined;
  const operation = status.operationState;
  return {
    name: app.metadata.name,
    project: spec.project,
    source: { repoURL: spec.source.repoURL, path: spec.source.path, targetRevision: spec.source.targetRevision },
    destination: { cluster, namespace: spec.destination.namespace },
    sync: { status: toSync(status.sync?.status), ...(revision ? { revision } : {}) },
    health: toHealth(status.health),
    automated: spec.automated ? { prune: spec.automated.prune, selfHeal: spec.automated.selfHeal } : null,
    operation: operation ? { phase: String(operation.phase ?? ""), message: String(operation.message ?? "") } : null,
    conditions: (status.conditions ?? []).map((condition) => ({ type: String(condition.type ?? ""), message: String(condition.message ?? "") })),
    history: historyOf(world, app.metadata.name, status),
    resources: resourceNodes(cluster, world.clusters[cluster], status.resources ?? [], world.clusters[cluster] ? indexOf(cluster) : new Map()),
  };
}

/**
 * @example applicationViews(world)[0] // { name: "web", sync: { status: "Synced", revision: "deb6866…" }, health: { status: "Healthy" }, resources: [...] }
 */
export function applicationViews(world: WorldState): ApplicationView[] {
  const indexes = new Map<string, OwnerIndex>();
  const indexOf = (cluster: string) => {
    if (!indexes.has(cluster)) indexes.set(cluster, ownerIndex(world.clusters[cluster]));
    return indexes.get(cluster)!;
  };
  return listObjects(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE })
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0))
    .map((app) => applicationView(world, app, indexOf));
}
