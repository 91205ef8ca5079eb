// Flux's kstatus conditions on a Kustomization: Ready (True with ReconciliationSucceeded, False
// with the failure's reason, Unknown while reconciling), Reconciling (Progressing, or
// ProgressingWithRetry after a failure) and Stalled (an error retrying cannot fix).

export const FLUX_FAILURE_REASONS = [
  "ArtifactFailed",
  "BuildFailed",
  "HealthCheckFailed",
  "DependencyNotReady",
  "PruneFailed",
  "ReconciliationFailed",
] as const;
export type FluxFailureReason = (typeof FLUX_FAILURE_REASONS)[number];

export interface Condition {
  type: "Ready" | "Reconciling" | "Stalled";
  status: "True" | "False" | "Unknown";
  reason: string;
  message: string;
  lastTransitionTime: string;
  observedGeneration: number;
}

/** Replaces the condition of the same type; the transition time moves only when the status changes. */
export function setCondition(conditions: readonly Condition[], next: Condition): Condition[] {
  const previous = conditions.find((condition) => condition.type === next.type);
  const merged = previous && previous.status === next.status ? { ...next, lastTransitionTime: previous.lastTransitionTime } : next;
  return [...conditions.filter((condition) => condition.type !== next.type), merged].sort((a, b) => a.type.localeCompare(b.type));
}

export function removeCondition(conditions: readonly Condition[], type: Condition["type"]): Condition[] {
  return conditions.filter((condition) => condition.type !== type);
}

/** The conditions after a successful reconcile. */
export function succeeded(conditions: readonly Condition[], at: string, generation: number, revision: string): Condition[] {
  const ready: Condition = { type: "Ready", status: "True", reason: "ReconciliationSucceeded", message: `Applied revision: ${revision}`, lastTransitionTime: at, observedGeneration: generation };
  return removeCondition(removeCondition(setCondition(conditions, ready), "Reconciling"), "Stalled");
}

/** The conditions after a failed reconcile: retried later (Reconciling/ProgressingWithRetry), or Stalled. */
export function failed(
  conditions: readonly Condition[],
  failure: { reason: FluxFailureReason; message: string; stalled?: boolean },
  at: string,
  generation: number,
): Condition[] {
  const ready: Condition = { type: "Ready", status: "False", reason: failure.reason, message: failure.message, lastTransitionTime: at, observedGeneration: generation };
  let next = setCondition(conditions, ready);
  if (failure.stalled) {
    next = removeCondition(next, "Reconciling");
    return setCondition(next, { type: "Stalled", status: "True", reason: failure.reason, message: failure.message, lastTransitionTime: at, observedGeneration: generation });
  }
  return setCondition(removeCondition(next, "Stalled"), {
    type: "Reconciling",
    status: "True",
    reason: "ProgressingWithRetry",
    message: failure.message,
    lastTransitionTime: at,
    observedGeneration: generation,
  });
}
