// "Rollback" (argocd app rollback APP ID): sync to the revision of a history entry. Refused
// while automated sync is on — the controller would sync straight back to Git. Afterwards the
// app shows OutOfSync: live now runs an older revision than Git.
import { getObject } from "@/lib/kube/get-object";
import { renderSource } from "../source/render-source";
import type { GitSource } from "../source/git-source";
import { HUB_CLUSTER, withEvent, type WorldState } from "../world/world-state";
import type { CommandResult } from "./app-commands";
import { canRollback } from "./app-commands";
import { readApplicationSpec } from "./application-spec";
import { compareApplication } from "./compare-application";
import { desiredObjects } from "./desired-objects";
import { ARGOCD_NAMESPACE, resolveDestination } from "./destination";
import { startSync } from "./start-sync";

export async function rollbackApplication(world: WorldState, name: string, historyId: number, git: GitSource): Promise<CommandResult> {
  const allowed = canRollback(world, name);
  if (!allowed.ok) return { ok: false, world, message: allowed.message };
  const app = getObject(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE, name })!;
  const memory = world.argo[name];
  const entry = memory?.history.find((item) => item.id === historyId);
  if (!memory || !entry) return { ok: false, world, message: `application '${name}' does not have history id ${historyId}` };
  if (memory.operation?.phase === "Running") return { ok: false, world, message: "another operation is already in progress" };
  const spec = readApplicationSpec(app);
  const read = await git.read(spec.source.repoURL, entry.revision);
  if (!read.ok) return { ok: false, world, message: read.message };
  const rendered = renderSource(read.files, spec.source.path, { recurse: spec.source.recurse });
  if (!rendered.ok) return { ok: false, world, message: rendered.message };
  const destination = resolveDestination(world.clusters[HUB_CLUSTER], spec, new Set(Object.keys(world.clusters)));
  if (!destination.ok) return { ok: false, world, message: destination.message };
  const cluster = world.clusters[destination.cluster];
  const desired = desiredObjects(cluster, rendered.manifests, spec.destination.namespace);
  const orphans = compareApplication(name, desired.resources, cluster, spec.ignoreDifferences, memory.lastApplied).orphans;
  const operation = startSync(spec, desired, orphans, entry.revision, { initiatedBy: "user", prune: false }, cluster, world.now);
  const next = withEvent(world, {
    source: "argocd-server",
    cluster: HUB_CLUSTER,
    object: `Application/${name}`,
    type: "Normal",
    reason: "OperationStarted",
    message: `Initiated rollback to history id ${historyId} ('${entry.revision.slice(0, 7)}')`,
  });
  return { ok: true, world: { ...next, argo: { ...next.argo, [name]: { ...memory, operation } } } };
}
