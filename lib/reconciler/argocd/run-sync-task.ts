// Carrying out one sync task on the destination cluster: apply (as Argo CD's controller, with
// its tracking annotation), prune (delete), or run a hook (deleting an old copy first under
// the default BeforeHookCreation policy).
import { applyObject } from "@/lib/kube/apply";
import { deleteObject } from "@/lib/kube/delete-object";
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import { groupOf, type Manifest } from "../manifest";
import { hookDeletePoliciesOf } from "../sync-phases";
import type { OperationTask } from "./sync-operation";
import { withTracking } from "./tracking";

export const ARGOCD_FIELD_MANAGER = "argocd-controller";

/** What a task did, for the event log. */
export interface TaskEffect {
  action: "created" | "updated" | "unchanged" | "deleted" | "failed";
  kind: string;
  namespace: string;
  name: string;
  message: string;
}

function effectOf(manifest: Manifest, action: TaskEffect["action"], message: string): TaskEffect {
  return { action, kind: manifest.kind, namespace: manifest.metadata.namespace ?? "", name: manifest.metadata.name, message };
}

export function deleteLive(cluster: ClusterState, manifest: Manifest, effects: TaskEffect[]): ClusterState {
  const result = deleteObject(
    cluster,
    { group: groupOf(manifest.apiVersion), kind: manifest.kind, namespace: manifest.metadata.namespace ?? "", name: manifest.metadata.name },
    { fieldManager: ARGOCD_FIELD_MANAGER },
  );
  if (!result.ok) return cluster;
  effects.push(effectOf(manifest, "deleted", `${manifest.kind}/${manifest.metadata.name} deleted`));
  return result.state;
}

export function applyTask(appName: string, cluster: ClusterState, task: OperationTask, effects: TaskEffect[]): { ok: boolean; cluster: ClusterState; message: string } {
  if (task.action === "prune") {
    const next = deleteLive(cluster, task.manifest, effects);
    return { ok: true, cluster: next, message: "pruned" };
  }
  let current = cluster;
  if (task.action === "hook" && hookDeletePoliciesOf(task.manifest).includes("BeforeHookCreation")) current = deleteLive(current, task.manifest, []);
  // Hooks are not tracked resources: they carry no tracking annotation.
  const manifest = task.action === "hook" ? task.manifest : withTracking(appName, task.manifest);
  const result = applyObject(current, manifest, { fieldManager: ARGOCD_FIELD_MANAGER });
  if (!result.ok) {
    effects.push(effectOf(task.manifest, "failed", result.error.message));
    return { ok: false, cluster, message: result.error.message };
  }
  const verb = result.action === "created" ? "created" : result.action === "updated" ? "configured" : "unchanged";
  effects.push(effectOf(task.manifest, result.action, `${task.manifest.kind.toLowerCase()}/${task.manifest.metadata.name} ${verb}`));
  return { ok: true, cluster: result.state, message: `${task.manifest.kind.toLowerCase()}/${task.manifest.metadata.name} ${verb}` };
}
