// Flux keeps the last 5 reconciliations in .status.history, newest first, deduplicated by the
// digest of the applied manifests together with the outcome (kustomize-controller docs,
// "History"): reconciling the same thing again bumps its counter and timestamps.

export const HISTORY_LIMIT = 5;

export interface HistoryEntry {
  digest: string;
  firstReconciled: string;
  lastReconciled: string;
  /** How long the last reconciliation took, as a Go duration ("1.5s"); the CRD requires it. */
  lastReconciledDuration: string;
  lastReconciledStatus: string;
  totalReconciliations: number;
  metadata: { revision: string };
}

/**
 * @example recordReconciliation([], { digest: "sha256:…", status: "ReconciliationSucceeded", at: "2026-01-01T00:00:00Z", revision: "main@sha1:abc", duration: "1s" })
 */
export function recordReconciliation(
  history: readonly HistoryEntry[],
  outcome: { digest: string; status: string; at: string; revision: string; duration: string },
): HistoryEntry[] {
  const existing = history.find((entry) => entry.digest === outcome.digest && entry.lastReconciledStatus === outcome.status);
  const entry: HistoryEntry = existing
    ? { ...existing, lastReconciled: outcome.at, lastReconciledDuration: outcome.duration, totalReconciliations: existing.totalReconciliations + 1, metadata: { revision: outcome.revision } }
    : {
        digest: outcome.digest,
        firstReconciled: outcome.at,
        lastReconciled: outcome.at,
        lastReconciledDuration: outcome.duration,
        lastReconciledStatus: outcome.status,
        totalReconciliations: 1,
        metadata: { revision: outcome.revision },
      };
  return [entry, ...history.filter((other) => other !== existing)].slice(0, HISTORY_LIMIT);
}
