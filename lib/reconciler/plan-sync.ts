// The ordered tasks of one Argo CD sync (gitops-engine pkg/sync/sync_tasks.go): sorted by
// phase (PreSync, Sync, PostSync, SyncFail), then wave, then kind (Helm's install order,
// unknown kinds and custom resources last), then name; a Namespace moves before the first task
// in it, and a CRD before the first of its custom resources. Prune tasks run their waves in
// reverse (what was created first is deleted last); PruneLast puts them after the last wave.
import { groupOf, resourceKey, type Manifest } from "./manifest";
import { hasSyncOption, SYNC_PHASES, syncPhasesOf, syncWaveOf, type SyncPhase } from "./sync-phases";

const KIND_ORDER = [
  "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount",
  "Secret", "SecretList", "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition",
  "ClusterRole", "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
  "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment", "HorizontalPodAutoscaler",
  "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
];
// Negative ranks for known kinds, 0 for everything else: unknown kinds sort last.
const KIND_RANK = new Map(KIND_ORDER.map((kind, index) => [kind, index - KIND_ORDER.length]));

export type SyncAction = "apply" | "prune" | "hook";

export interface SyncTask {
  key: string;
  phase: SyncPhase;
  wave: number;
  action: SyncAction;
  /** The object to apply (target), or the live object to prune. */
  manifest: Manifest;
}

export interface SyncPlanInput {
  /** Rendered non-hook resources from Git. */
  targets: readonly Manifest[];
  /** Rendered hook resources from Git. */
  hooks: readonly Manifest[];
  /** Live objects that belong to the app but are no longer in Git. */
  orphans: readonly Manifest[];
  /** Delete orphans (the app's prune option, or a manual sync with --prune). */
  prune: boolean;
  pruneLast?: boolean;
  /** Sync only these resource keys (a selective sync); hooks do not run then. */
  only?: ReadonlySet<string>;
}

function compareTasks(a: SyncTask, b: SyncTask): number {
  return (
    SYNC_PHASES.indexOf(a.phase) - SYNC_PHASES.indexOf(b.phase) ||
    a.wave - b.wave ||
    (KIND_RANK.get(a.manifest.kind) ?? 0) - (KIND_RANK.get(b.manifest.kind) ?? 0) ||
    (a.manifest.metadata.name < b.manifest.metadata.name ? -1 : a.manifest.metadata.name > b.manifest.metadata.name ? 1 : 0)
  );
}

/** Prune waves are mirrored: the lowest wave is deleted last (sync_context.go getSyncTasks). */
function mirrorPruneWaves(tasks: SyncTask[]): SyncTask[] {
  const waves = [...new Set(tasks.filter((task) => task.action === "prune").map((task) => task.wave))].sort((a, b) => a - b);
  const mirrored = new Map(waves.map((wave, index) => [wave, waves[waves.length - 1 - index]]));
  return tasks.map((task) => (task.action === "prune" ? { ...task, wave: mirrored.get(task.wave)! } : task));
}

/** Moves each dependency (namespace, CRD) before the first task that needs it, into its phase and wave. */
function hoistDependencies(tasks: SyncTask[], depKey: (m: Manifest) => string | null, needsKey: (m: Manifest) => string | null): SyncTask[] {
  const result = [...tasks];
  const firstUser = new Map<string, number>();
  for (let i = 0; i < result.length; i++) {
    const task = result[i];
    const provides = task.action === "prune" ? null : depKey(task.manifest);
    if (provides !== null) {
      const index = firstUser.get(provides);
      if (index === undefined) continue;
      const moved = { ...task, phase: result[index].phase, wave: result[index].wave };
      result.splice(i, 1);
      result.splice(index, 0, moved);
      for (const [key, value] of firstUser) if (value >= index) firstUser.set(key, value + 1);
    } else {
      const needs = task.action === "prune" ? null : needsKey(task.manifest);
      if (needs !== null && !firstUser.has(needs)) firstUser.set(needs, i);
    }
  }
  return result;
}

function crdProvides(manifest: Manifest): string | null {
  if (manifest.kind !== "CustomResourceDefinition") return null;
  const spec = manifest.spec as { group?: string; names?: { kind?: string } } | undefined;
  return spec?.group && spec.names?.kind ? `${spec.group}/${spec.names.kind}` : null;
}

/**
 * @example planSync({ targets: [deployment, namespace], hooks: [migrationJob], orphans: [], prune: false })
 *          // [PreSync hook migrationJob, Sync Namespace, Sync Deployment]
 */
export function planSync(input: SyncPlanInput): SyncTask[] {
  const selected = (manifest: Manifest) => !input.only || input.only.has(resourceKey(manifest));
  const tasks: SyncTask[] = [];
  for (const manifest of input.targets.filter(selected)) {
    for (const phase of syncPhasesOf(manifest)) tasks.push({ key: resourceKey(manifest), phase, wave: syncWaveOf(manifest), action: "apply", manifest });
  }
  if (!input.only) {
    for (const manifest of input.hooks) {
      for (const phase of syncPhasesOf(manifest)) tasks.push({ key: resourceKey(manifest), phase, wave: syncWaveOf(manifest), action: "hook", manifest });
    }
  }
  if (input.prune) {
    for (const manifest of input.orphans.filter(selected)) {
      if (!hasSyncOption(manifest, "Prune=false")) tasks.push({ key: resourceKey(manifest), phase: "Sync", wave: syncWaveOf(manifest), action: "prune", manifest });
    }
  }
  let planned = mirrorPruneWaves(tasks);
  const lastSyncWave = Math.max(0, ...planned.filter((task) => task.phase === "Sync").map((task) => task.wave)) + 1;
  planned = planned.map((task) =>
    task.action === "prune" && (input.pruneLast || hasSyncOption(task.manifest, "PruneLast=true")) ? { ...task, wave: lastSyncWave } : task,
  );
  planned.sort(compareTasks);
  planned = hoistDependencies(
    planned,
    (m) => (m.kind === "Namespace" && groupOf(m.apiVersion) === "" ? m.metadata.name : null),
    (m) => (m.metadata.namespace ? m.metadata.namespace : null),
  );
  return hoistDependencies(planned, crdProvides, (m) => `${groupOf(m.apiVersion)}/${m.kind}`);
}
