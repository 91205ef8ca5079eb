// Argo CD hooks and waves (user-guide/resource_hooks.md, sync-waves.md), read from annotations.
import { annotationOf, type Manifest } from "./manifest";

export const SYNC_PHASES = ["PreSync", "Sync", "PostSync", "SyncFail"] as const;
export type SyncPhase = (typeof SYNC_PHASES)[number];
export const HOOK_DELETE_POLICIES = ["HookSucceeded", "HookFailed", "BeforeHookCreation"] as const;
export type HookDeletePolicy = (typeof HOOK_DELETE_POLICIES)[number];

export const HOOK_ANNOTATION = "argocd.argoproj.io/hook";
export const HOOK_DELETE_POLICY_ANNOTATION = "argocd.argoproj.io/hook-delete-policy";
export const SYNC_WAVE_ANNOTATION = "argocd.argoproj.io/sync-wave";
export const SYNC_OPTIONS_ANNOTATION = "argocd.argoproj.io/sync-options";

function listAnnotation(manifest: Manifest, name: string): string[] {
  return (annotationOf(manifest, name) ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean);
}

/** A hook is any object with the hook annotation (even "Skip"); hooks are not tracked for sync status. */
export function isHook(manifest: Manifest): boolean {
  return annotationOf(manifest, HOOK_ANNOTATION) !== undefined;
}

/** The phases an object runs in: its hook types, or Sync for a plain resource; "Skip" means none. */
export function syncPhasesOf(manifest: Manifest): SyncPhase[] {
  if (!isHook(manifest)) return ["Sync"];
  return listAnnotation(manifest, HOOK_ANNOTATION).filter((value): value is SyncPhase => (SYNC_PHASES as readonly string[]).includes(value));
}

/** The sync wave: an integer annotation, 0 by default (and when unreadable, as Argo CD does). */
export function syncWaveOf(manifest: Manifest): number {
  const value = annotationOf(manifest, SYNC_WAVE_ANNOTATION);
  if (value === undefined || !/^\s*-?\d+\s*$/.test(value)) return 0;
  return Number.parseInt(value, 10);
}

/** Hook delete policies; BeforeHookCreation when none is given (Argo CD's default). */
export function hookDeletePoliciesOf(manifest: Manifest): HookDeletePolicy[] {
  const policies = listAnnotation(manifest, HOOK_DELETE_POLICY_ANNOTATION).filter((value): value is HookDeletePolicy =>
    (HOOK_DELETE_POLICIES as readonly string[]).includes(value),
  );
  return policies.length > 0 ? policies : ["BeforeHookCreation"];
}

/** Sync options set on the object, e.g. hasSyncOption(obj, "Prune=false"). */
export function hasSyncOption(manifest: Manifest, option: string): boolean {
  return listAnnotation(manifest, SYNC_OPTIONS_ANNOTATION).includes(option);
}
