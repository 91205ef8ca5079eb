// "Rollback" (argocd app rollback APP ID): sync to the revision of a history entry. Refused
// while automated sync is on — the controller would sync straight back to Git. Afterwards the
// app shows OutOfSync: live now runs an older revision than Git.
import { getObject } from "@/lib/kube/get-object";
import { renderSource } from "../source/render-source";
import type { GitSource } from "../source/git-source";
import { HUB_CLUSTER, type WorldState } from "../world/world-state";
import { canRollback } from "./app-commands";
import { readApplicationSpec } from "./application-spec";
import { beginUserSync, type CommandResult } from "./begin-user-sync";
import { ARGOCD_NAMESPACE } from "./destination";

export async function rollbackApplication(world: WorldState, name: string, historyId: number, git: GitSource): Promise<CommandResult> {
  const allowed = canRollback(world, name);
  if (!allowed.ok) return { ok: false, world, message: allowed.message };
  const app = getObject(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE, name })!;
  const memory = world.argo[name];
  const entry = memory?.history.find((item) => item.id === historyId);
  if (!memory || !entry) return { ok: false, world, message: `application '${name}' does not have history id ${historyId}` };
  const spec = readApplicationSpec(app);
  const read = await git.read(spec.source.repoURL, entry.revision);
  if (!read.ok) return { ok: false, world, message: read.message };
  const rendered = renderSource(read.files, spec.source.path, { recurse: spec.source.recurse });
  if (!rendered.ok) return { ok: false, world, message: rendered.message };
  return beginUserSync(world, name, spec, { manifests: rendered.manifests, revision: entry.revision }, false, undefined, `Initiated rollback to history id ${historyId} ('${entry.revision.slice(0, 7)}')`);
}
