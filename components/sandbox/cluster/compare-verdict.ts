// What the details say about Git against the cluster when no field-by-field explanation does
// the job: missing, would be pruned, not managed from Git, or simply matching. Pure.
import type { LiveObjectView, TreeNode } from "@/lib/sandbox/view-schema";
import type { SyncStatus } from "./status-presentation";

export interface CompareVerdict {
  heading: "Why OutOfSync?" | "Compared with Git";
  /** A sentence for the learner, or null when the explanations say it all. */
  note: string | null;
}

type Markers = Pick<TreeNode, "requiresPruning" | "missing"> | null;

/**
 * @example compareVerdict({ liveYaml: "a: 1", desiredYaml: "a: 1", diff: [], explanations: [], sync: "Synced" }, null).note
 * // "This resource matches Git."
 */
export function compareVerdict(live: Pick<LiveObjectView, "liveYaml" | "desiredYaml" | "diff" | "explanations" | "sync">, node: Markers): CompareVerdict {
  const sync: SyncStatus | undefined = live.sync ?? undefined;
  const heading = sync === "OutOfSync" || live.explanations.length > 0 ? "Why OutOfSync?" : "Compared with Git";
  const inGit = live.desiredYaml !== null;
  const inCluster = live.liveYaml !== null;
  if (node?.requiresPruning || (!inGit && inCluster && sync !== undefined)) {
    return { heading, note: "Live but not in Git: a sync with Prune deletes it. Without Prune it stays, and the application stays OutOfSync." };
  }
  if (node?.missing || (inGit && !inCluster)) return { heading, note: "In Git but not in the cluster yet: the next sync creates it." };
  if (!inGit && inCluster) return { heading, note: "Not declared in Git: its owner or a controller creates it, so it is not compared with Git." };
  if (!inGit && !inCluster) return { heading, note: "Neither Git nor the cluster has this object now." };
  if (live.explanations.length > 0) return { heading, note: null };
  if (live.diff.length > 0) return { heading, note: "The live object differs from Git: the Diff tab shows where." };
  if (sync === "OutOfSync") return { heading, note: "Argo CD reports OutOfSync, yet the compared fields match now. Refresh to compare again." };
  return { heading, note: "This resource matches Git." };
}

/**
 * The field and the writer to show under an explanation, leaving out what its sentence already
 * says (the worker's summaries often start with the field and end with "(changed by …)").
 * @example explanationMeta({ path: "spec.replicas", summary: "spec.replicas: Git says 2, live is 10 (changed by kubectl-scale)", changedBy: "kubectl-scale" })
 * // {}
 */
export function explanationMeta(explanation: Pick<LiveObjectView["explanations"][number], "path" | "summary" | "changedBy">): { path?: string; changedBy?: string } {
  const showPath = explanation.path !== "" && !explanation.summary.startsWith(explanation.path);
  const showWriter = explanation.changedBy !== undefined && explanation.changedBy !== "" && !explanation.summary.includes(explanation.changedBy);
  return { ...(showPath ? { path: explanation.path } : {}), ...(showWriter ? { changedBy: explanation.changedBy } : {}) };
}
