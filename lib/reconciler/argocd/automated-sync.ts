// When Argo CD syncs on its own (user-guide/auto_sync.md):
//   - only when the app is OutOfSync, and only once per revision: a failed automated sync is
//     not retried until the next commit;
//   - with selfHeal, drift at the same revision is corrected too, 5 s after it appears;
//   - with prune on, a render that would delete every resource is refused unless allowEmpty.
import type { ArgoAppMemory } from "./app-memory";
import type { ApplicationSpec } from "./application-spec";
import type { Comparison } from "./compare-application";

export const SELF_HEAL_TIMEOUT_MS = 5_000;

export type AutoSyncDecision =
  | { sync: false; reason?: string; memory: ArgoAppMemory }
  | { sync: true; reason: string; memory: ArgoAppMemory };

/**
 * @example decideAutomatedSync(spec, memory, comparison, now) // { sync: true, reason: "Initiated automated sync to 'abc1234'" }
 */
export function decideAutomatedSync(spec: ApplicationSpec, memory: ArgoAppMemory, comparison: Comparison, revision: string, desiredCount: number, now: number): AutoSyncDecision {
  if (!spec.automated || memory.operation?.phase === "Running") return { sync: false, memory };
  if (comparison.sync !== "OutOfSync") return { sync: false, memory: { ...memory, driftSince: undefined } };
  if (spec.automated.prune && desiredCount === 0 && !spec.automated.allowEmpty) {
    return { sync: false, reason: "auto-sync will wipe out all resources", memory };
  }
  const short = revision.slice(0, 7);
  if (memory.autoSyncedRevision !== revision) {
    return { sync: true, reason: `Initiated automated sync to '${short}'`, memory: { ...memory, autoSyncedRevision: revision, autoSyncFailed: false, driftSince: undefined } };
  }
  if (memory.autoSyncFailed) return { sync: false, reason: `Skipping retrying in-progress operation: automated sync to '${short}' failed`, memory };
  if (!spec.automated.selfHeal) return { sync: false, memory };
  if (memory.driftSince === undefined) return { sync: false, memory: { ...memory, driftSince: now } };
  if (now - memory.driftSince < SELF_HEAL_TIMEOUT_MS) return { sync: false, memory };
  return { sync: true, reason: `Initiated automated sync to '${short}' (self-heal)`, memory: { ...memory, driftSince: undefined } };
}
