// The shared tail of every sync a person starts (Sync, Rollback): resolve the destination,
// pair the manifests with live, plan the operation and log who started it.
import type { Manifest } from "../manifest";
import { HUB_CLUSTER, withEvent, type WorldState } from "../world/world-state";
import type { ApplicationSpec } from "./application-spec";
import { compareApplication } from "./compare-application";
import { desiredObjects } from "./desired-objects";
import { resolveDestination } from "./destination";
import { startSync } from "./start-sync";

export type CommandResult = { ok: true; world: WorldState } | { ok: false; world: WorldState; message: string };

export function beginUserSync(
  world: WorldState,
  name: string,
  spec: ApplicationSpec,
  target: { manifests: readonly Manifest[]; revision: string },
  prune: boolean,
  only: string[] | undefined,
  message: string,
): CommandResult {
  const memory = world.argo[name];
  if (memory?.operation?.phase === "Running") return { ok: false, world, message: "another operation is already in progress" };
  const destination = resolveDestination(world.clusters[HUB_CLUSTER], spec, new Set(Object.keys(world.clusters)));
  if (!destination.ok) return { ok: false, world, message: destination.message };
  const cluster = world.clusters[destination.cluster];
  const desired = desiredObjects(cluster, target.manifests, spec.destination.namespace);
  const orphans = compareApplication(name, desired.resources, cluster, spec.ignoreDifferences, memory.lastApplied).orphans;
  const operation = startSync(spec, desired, orphans, target.revision, { initiatedBy: "user", prune, only }, cluster, world.now);
  const next = withEvent(world, { source: "argocd-server", cluster: HUB_CLUSTER, object: `Application/${name}`, type: "Normal", reason: "OperationStarted", message });
  return { ok: true, world: { ...next, argo: { ...next.argo, [name]: { ...memory, operation } } } };
}
