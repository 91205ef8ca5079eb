// What a learner asks of Argo CD (the UI's buttons, the argocd CLI): refresh now, sync (all,
// some resources, with or without prune), roll back. Each returns the new world or a refusal
// in Argo CD's words.
import { getObject } from "@/lib/kube/get-object";
import { HUB_CLUSTER, type WorldState } from "../world/world-state";
import { freshMemory } from "./app-memory";
import { readApplicationSpec } from "./application-spec";
import { beginUserSync, type CommandResult } from "./begin-user-sync";
import { ARGOCD_NAMESPACE } from "./destination";
import type { SyncRequest } from "./start-sync";

export type { CommandResult };

function appObject(world: WorldState, name: string) {
  return getObject(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE, name });
}

/** "Refresh": re-read Git at the next controller pass instead of waiting up to 3 minutes. */
export function refreshApplication(world: WorldState, name: string): CommandResult {
  if (!appObject(world, name)) return { ok: false, world, message: `application '${name}' not found` };
  const memory = world.argo[name] ?? freshMemory(world.now);
  return { ok: true, world: { ...world, argo: { ...world.argo, [name]: { ...memory, nextRefreshAt: world.now } } } };
}

/** "Sync": start an operation now, from the last rendered revision. */
export function syncApplication(world: WorldState, name: string, request: Omit<SyncRequest, "initiatedBy">): CommandResult {
  const app = appObject(world, name);
  if (!app) return { ok: false, world, message: `application '${name}' not found` };
  const memory = world.argo[name];
  if (!memory?.rendered) return { ok: false, world, message: memory?.comparisonError ?? "the application has not been compared with Git yet: refresh first" };
  const message = `Initiated sync to '${memory.rendered.revision.slice(0, 7)}'${request.prune ? " with prune" : ""}`;
  return beginUserSync(world, name, readApplicationSpec(app), memory.rendered, request.prune, request.only, message);
}

/** Rollback is refused while automated sync is on (it would be undone at once). */
export function canRollback(world: WorldState, name: string): { ok: true } | { ok: false; message: string } {
  const app = appObject(world, name);
  if (!app) return { ok: false, message: `application '${name}' not found` };
  if (readApplicationSpec(app).automated) return { ok: false, message: "rollback cannot be initiated when auto-sync is enabled" };
  return { ok: true };
}
