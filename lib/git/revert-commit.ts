import git from "isomorphic-git";
import { z } from "zod";
import { commitTreeOnBranch, writeConflictedMerge } from "./apply-merge-result";
import { gitOptions, type GitContext } from "./git-context";
import { GitError } from "./git-error";
import { mergeConflictError } from "./merge-branch";
import { mergeTrees } from "./merge-trees";
import { assertNoOperationInProgress, writeOperationState } from "./operation-state";
import { runOperation, withOperationCache } from "./run-operation";
import { currentBranch, headOid, resolveCommit } from "./resolve-refs";
import { readCommitFiles } from "./tree-files";
import { assertCleanWorktree } from "./worktree-status";

export const revertCommitInput = z.object({
  /** The commit to undo: a SHA, branch or tag. */
  commit: z.string().min(1),
});

export type RevertCommitInput = z.infer<typeof revertCommitInput>;

/**
 * Makes a new commit on the current branch that undoes a commit, like `git revert`: a
 * three-way merge with the commit as base and its parent as "theirs". A merge commit is
 * reverted against its first parent (`git revert -m 1`). Conflicts throw MERGE_CONFLICT exactly
 * as `mergeBranch` does, to be concluded or aborted.
 * @example await revertCommit(repo, { commit: "3f1a…" }) // SHA of 'Revert "Scale to 3"'
 */
export async function revertCommit(ctx: GitContext, input: RevertCommitInput): Promise<string> {
  return runOperation(revertCommitInput, input, (parsed) => revertCommitCore(withOperationCache(ctx), parsed));
}

async function revertCommitCore(ctx: GitContext, { commit }: z.output<typeof revertCommitInput>): Promise<string> {
  const branch = await currentBranch(ctx);
  if (!branch) throw new GitError("INVALID_REF", "HEAD is detached: switch to a branch before you revert.");
  await assertNoOperationInProgress(ctx, "revert");
  await assertCleanWorktree(ctx, "revert");
  const ours = await headOid(ctx);
  if (!ours) throw new GitError("NOT_FOUND", `${branch} has no commits yet.`, { branch });
  const reverted = await resolveCommit(ctx, commit);
  const { commit: object } = await git.readCommit({ ...gitOptions(ctx), oid: reverted });
  const subject = object.message.split("\n")[0];
  const parent = object.parent[0];
  const labels = { ours: "HEAD", theirs: `parent of ${reverted.slice(0, 7)} (${subject})` };
  const result = await mergeTrees(ctx, { base: reverted, ours, theirs: parent, labels });
  const message = `Revert "${subject}"\n\nThis reverts commit ${reverted}.\n`;
  if (result.conflicts.length > 0) {
    await writeConflictedMerge(ctx, result, await readCommitFiles(ctx, ours));
    await writeOperationState(ctx, { kind: "revert", branch, theirs: reverted, message, conflicts: result.conflicts });
    throw mergeConflictError(result.conflicts, `Reverting ${reverted.slice(0, 7)}`);
  }
  const headFiles = await readCommitFiles(ctx, ours);
  if (sameFiles(headFiles, result.files)) {
    throw new GitError("NOTHING_TO_COMMIT", `Reverting ${reverted.slice(0, 7)} changes nothing: its changes are already undone.`, { commit: reverted });
  }
  return commitTreeOnBranch(ctx, { files: result.files, branch, parents: [ours], message });
}

function sameFiles(a: ReadonlyMap<string, { oid: string; mode: string }>, b: ReadonlyMap<string, { oid: string; mode: string }>): boolean {
  if (a.size !== b.size) return false;
  return [...a].every(([path, file]) => b.get(path)?.oid === file.oid && b.get(path)?.mode === file.mode);
}
