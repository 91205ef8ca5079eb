// One pass of Argo CD's application controller over one Application, at the world's time:
// refresh from Git when due, check destination and project, compare with the live cluster,
// start an automated sync when the rules allow, step a running sync, and write the status.
import { applyObject } from "@/lib/kube/apply";
import { updateObjectStatus } from "@/lib/kube/update-object-status";
import type { KubeObject } from "@/lib/kube/types";
import type { GitSource } from "../source/git-source";
import { HUB_CLUSTER, withEvent, type WorldState } from "../world/world-state";
import { freshMemory, type ArgoAppMemory } from "./app-memory";
import { buildAppStatus, type AppConditions } from "./app-status";
import { readApplicationSpec } from "./application-spec";
import { decideAutomatedSync } from "./automated-sync";
import { checkProject } from "./check-project";
import { compareApplication, type Comparison } from "./compare-application";
import { desiredObjects } from "./desired-objects";
import { registeredClusters, resolveDestination } from "./destination";
import { REFRESH_ANNOTATION, refreshSource } from "./refresh-source";
import { startSync } from "./start-sync";
import { advanceOperation } from "./advance-operation";

export const APP_CONTROLLER = "argocd-application-controller";

function appEvent(world: WorldState, app: KubeObject, type: "Normal" | "Warning", reason: string, message: string): WorldState {
  return withEvent(world, { source: APP_CONTROLLER, cluster: HUB_CLUSTER, object: `Application/${app.metadata.name}`, type, reason, message });
}

function writeStatus(world: WorldState, app: KubeObject, status: Record<string, unknown>, clearRefresh: boolean): WorldState {
  let hub = world.clusters[HUB_CLUSTER];
  if (clearRefresh) {
    // The controller removes the refresh annotation once it has refreshed.
    const annotations = { ...(app.metadata.annotations ?? {}) };
    delete annotations[REFRESH_ANNOTATION];
    const result = applyObject(hub, { ...app, metadata: { ...app.metadata, annotations } }, { fieldManager: APP_CONTROLLER, operation: "Update" });
    if (result.ok) hub = result.state;
  }
  // reconciledAt alone changing is not worth a write (and an event on every tick).
  const unchanged = JSON.stringify({ ...(app.status ?? {}), reconciledAt: undefined }) === JSON.stringify({ ...status, reconciledAt: undefined });
  if (!unchanged) {
    const key = { group: "argoproj.io", kind: "Application", namespace: app.metadata.namespace ?? "", name: app.metadata.name };
    const result = updateObjectStatus(hub, key, status, APP_CONTROLLER);
    if (result.ok) hub = result.state;
  }
  return hub === world.clusters[HUB_CLUSTER] ? world : { ...world, clusters: { ...world.clusters, [HUB_CLUSTER]: hub } };
}

function statusChangeEvents(world: WorldState, app: KubeObject, before: Record<string, unknown> | undefined, after: Record<string, unknown>): WorldState {
  let next = world;
  const sync = (status: Record<string, unknown> | undefined) => (status?.sync as { status?: string } | undefined)?.status ?? "Unknown";
  const health = (status: Record<string, unknown> | undefined) => (status?.health as { status?: string } | undefined)?.status ?? "Unknown";
  if (before && sync(before) !== sync(after)) next = appEvent(next, app, "Normal", "ResourceUpdated", `Updated sync status: ${sync(before)} -> ${sync(after)}`);
  if (before && health(before) !== health(after)) next = appEvent(next, app, "Normal", "ResourceUpdated", `Updated health status: ${health(before)} -> ${health(after)}`);
  return next;
}

/** Reconciles the Application named `name` (in the argocd namespace of the hub). */
export async function reconcileApplication(input: WorldState, app: KubeObject, git: GitSource): Promise<WorldState> {
  let world = input;
  const name = app.metadata.name;
  const spec = readApplicationSpec(app);
  let memory: ArgoAppMemory = world.argo[name] ?? freshMemory(world.now);
  const refreshRequested = app.metadata.annotations?.[REFRESH_ANNOTATION] !== undefined;
  if (refreshRequested || world.now >= memory.nextRefreshAt) {
    const refreshed = await refreshSource(name, world.seed, spec, memory, git, world.now);
    memory = refreshed.memory;
    if (refreshed.changed && memory.comparisonError) world = appEvent(world, app, "Warning", "ComparisonError", memory.comparisonError);
  }
  const conditions: AppConditions = { comparisonError: memory.comparisonError };
  const hub = world.clusters[HUB_CLUSTER];
  const destination = resolveDestination(hub, spec, new Set(Object.keys(world.clusters)));
  let comparison: Comparison | null = null;
  let startedAutomatedSync = false;
  if (!destination.ok) conditions.specError = destination.message;
  else {
    const server = registeredClusters(hub).find((cluster) => cluster.name === destination.cluster)!.server;
    conditions.specError = checkProject(hub, spec, server, destination.cluster) ?? undefined;
  }
  const rendered = memory.rendered;
  if (destination.ok && !conditions.specError && rendered) {
    const cluster = world.clusters[destination.cluster];
    const desired = desiredObjects(cluster, rendered.manifests, spec.destination.namespace);
    comparison = compareApplication(name, desired.resources, cluster, spec.ignoreDifferences, memory.lastApplied);
    if (!conditions.comparisonError) {
      const decision = decideAutomatedSync(spec, memory, comparison, rendered.revision, desired.resources.length, world.now);
      memory = decision.memory;
      conditions.autoSyncNote = decision.sync ? undefined : decision.reason;
      if (decision.sync) {
        memory = { ...memory, operation: startSync(spec, desired, comparison.orphans, rendered.revision, { initiatedBy: "automated", prune: spec.automated!.prune }, cluster, world.now) };
        world = appEvent(world, app, "Normal", "OperationStarted", decision.reason);
        startedAutomatedSync = true;
      }
    }
    // Argo CD writes the comparison (OutOfSync) when it refreshes and runs the operation the
    // automated sync just set from its operation queue afterwards: the status a learner sees
    // between the two is OutOfSync with a running operation, for one pass.
    if (memory.operation?.phase === "Running" && !startedAutomatedSync) {
      const advanced = advanceOperation(world, app, memory, destination.cluster);
      world = advanced.world;
      memory = advanced.memory;
      const after = world.clusters[destination.cluster];
      comparison = compareApplication(name, desiredObjects(after, rendered.manifests, spec.destination.namespace).resources, after, spec.ignoreDifferences, memory.lastApplied);
    }
  }
  world = { ...world, argo: { ...world.argo, [name]: memory } };
  const status = buildAppStatus(spec, memory, comparison, conditions, world.now);
  world = statusChangeEvents(world, app, app.status, status);
  return writeStatus(world, app, status, refreshRequested);
}
