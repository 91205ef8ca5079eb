// What Argo CD's application controller remembers about an Application between reconciles,
// beside what it writes to the Application's status.
import type { Manifest } from "../manifest";
import type { SyncOperation } from "./sync-operation";

export interface RenderedSource {
  revision: string;
  manifests: Manifest[];
  sourceFiles: [string, string][];
}

export interface SyncHistoryEntry {
  id: number;
  revision: string;
  deployedAt: number;
  initiatedBy: "automated" | "user";
}

export interface ArgoAppMemory {
  /** When the next periodic refresh (re-reading Git) is due. */
  nextRefreshAt: number;
  refreshCount: number;
  /** The last rendering of the source, or why it failed. */
  rendered?: RenderedSource;
  comparisonError?: string;
  /** Automated sync: the revision last attempted, and whether that attempt failed. */
  autoSyncedRevision?: string;
  autoSyncFailed?: boolean;
  /** Self-heal: when drift was first seen for the synced revision (selfHeal waits 5 s). */
  driftSince?: number;
  operation?: SyncOperation;
  history: SyncHistoryEntry[];
  /** What the controller last applied per resource key: the "last-applied" of the 3-way diff. */
  lastApplied: Record<string, Manifest>;
}

export function freshMemory(now: number): ArgoAppMemory {
  // A new Application is refreshed at once, like the controller does when it appears.
  return { nextRefreshAt: now, refreshCount: 0, history: [], lastApplied: {} };
}
