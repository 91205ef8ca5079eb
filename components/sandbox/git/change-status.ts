// Splits the view's per-path changes into the two lists a source-control panel shows — staged
// (index against HEAD) and unstaged (working tree against the index) — each with git's status
// letter. The view says which sides differ, not whether the index holds the file, so the rare
// "index holds a third version" cases read as modified, which is what they are most often.
import type { RepositoryView } from "@/lib/sandbox/view-schema";

export type PathChange = RepositoryView["changes"][number];

export type ChangeLetter = "M" | "A" | "D";

export interface ChangeEntry {
  path: string;
  letter: ChangeLetter;
  /** The letter in words, for its title and for screen readers. */
  description: string;
}

export interface ChangeLists {
  staged: ChangeEntry[];
  unstaged: ChangeEntry[];
}

const DESCRIPTIONS: Record<ChangeLetter, string> = { M: "Modified", A: "Added", D: "Deleted" };

/**
 * @example splitChanges([{ path: "a.yaml", inHead: false, staged: false, unstaged: true, changedInWorktree: true }], ["a.yaml"])
 * // { staged: [], unstaged: [{ path: "a.yaml", letter: "A", description: "Added (untracked)" }] }
 */
export function splitChanges(changes: readonly PathChange[], worktreeFiles: readonly string[]): ChangeLists {
  const inWorktree = new Set(worktreeFiles);
  const staged = changes.filter((change) => change.staged).map((change) => entry(change.path, stagedLetter(change, inWorktree.has(change.path))));
  const unstaged = changes
    .filter((change) => change.unstaged)
    .map((change) => {
      const letter = unstagedLetter(change, inWorktree.has(change.path));
      const untracked = letter === "A" && !change.staged;
      return { ...entry(change.path, letter), ...(untracked ? { description: "Added (untracked)" } : {}) };
    });
  return { staged, unstaged };
}

function entry(path: string, letter: ChangeLetter): ChangeEntry {
  return { path, letter, description: DESCRIPTIONS[letter] };
}

// HEAD → index.
function stagedLetter(change: PathChange, inWorktree: boolean): ChangeLetter {
  if (!change.inHead) return "A";
  // The index matches a working tree without the file: the deletion is staged.
  if (!inWorktree && !change.unstaged) return "D";
  return "M";
}

// Index → working tree. The index holds the file when HEAD does (a staged deletion of a file
// still in the working tree is the rare exception) or when an addition is staged.
function unstagedLetter(change: PathChange, inWorktree: boolean): ChangeLetter {
  if (!inWorktree) return "D";
  return change.inHead || change.staged ? "M" : "A";
}

/**
 * What the commit button says: staged changes when there are any, else every change.
 * @example commitButtonLabel(0, 3) // "Commit all 3"
 */
export function commitButtonLabel(stagedCount: number, allCount: number): string {
  if (stagedCount > 0) return `Commit ${stagedCount} staged`;
  return allCount > 0 ? `Commit all ${allCount}` : "Commit";
}
