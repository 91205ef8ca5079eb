import git from "isomorphic-git";
import { z } from "zod";
import { gitOptions, type GitContext } from "./git-context";
import { GitError } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { repoPathSchema } from "./repo-path";
import { readPathStatuses } from "./worktree-status";
import { assertFileSize, readWorktreeBytes } from "./worktree-fs";

export const stageChangesInput = z.object({
  /** Only these paths; all changes (additions, edits, deletions) when omitted, like `git add -A`. */
  paths: z.array(repoPathSchema).optional(),
});

export type StageChangesInput = z.infer<typeof stageChangesInput>;

/**
 * Stages working-tree changes into the index and returns the paths staged, sorted.
 * @example await stageChanges(repo, {}) // ["k8s/deployment.yaml"]
 * @example await stageChanges(repo, { paths: ["README.md"] })
 */
export async function stageChanges(ctx: GitContext, input: StageChangesInput = {}): Promise<string[]> {
  return runOperation(stageChangesInput, input, ({ paths }) => stageChangesCore(withOperationCache(ctx), paths));
}

export async function stageChangesCore(ctx: GitContext, only?: readonly string[]): Promise<string[]> {
  const statuses = await readPathStatuses(ctx);
  const unstaged = new Set(statuses.filter((status) => status.unstaged).map((status) => status.path));
  const wanted = only ? [...new Set(only)].sort() : [...unstaged];
  for (const path of wanted.filter((candidate) => !unstaged.has(candidate))) {
    // A clean tracked path is fine to "stage" (nothing happens); an unknown one is a typo.
    if (!(await readWorktreeBytes(ctx, path))) throw new GitError("NOT_FOUND", `There is no file ${path} to stage.`, { path });
  }
  const toStage = wanted.filter((candidate) => unstaged.has(candidate));
  const additions: string[] = [];
  const removals: string[] = [];
  for (const path of toStage) {
    const bytes = await readWorktreeBytes(ctx, path);
    if (bytes) assertFileSize(path, bytes);
    (bytes ? additions : removals).push(path);
  }
  for (const path of removals) await git.remove({ ...gitOptions(ctx), filepath: path });
  // One call for all additions: isomorphic-git then rewrites the index once, not once per file.
  if (additions.length > 0) await git.add({ ...gitOptions(ctx), filepath: additions });
  return toStage;
}
