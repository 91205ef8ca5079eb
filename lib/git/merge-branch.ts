import git from "isomorphic-git";
import { z } from "zod";
import { checkoutHead, commitTreeOnBranch, writeConflictedMerge } from "./apply-merge-result";
import { gitOptions, type GitContext } from "./git-context";
import { GitError } from "./git-error";
import { mergeTrees } from "./merge-trees";
import { assertNoOperationInProgress, writeOperationState, type FileConflict } from "./operation-state";
import { runOperation, withOperationCache } from "./run-operation";
import { currentBranch, headOid, resolveCommit } from "./resolve-refs";
import { readCommitFiles } from "./tree-files";
import { assertCleanWorktree } from "./worktree-status";

export const mergeBranchInput = z.object({
  /** The branch (or tag, or SHA) to merge into the current branch. */
  branch: z.string().min(1),
  /** Always create a merge commit, like `git merge --no-ff`. */
  noFastForward: z.boolean().default(false),
  message: z.string().trim().min(1).optional(),
});

export type MergeBranchInput = z.input<typeof mergeBranchInput>;

export type MergeResult =
  | { kind: "up-to-date"; oid: string }
  | { kind: "fast-forward"; oid: string }
  | { kind: "merge-commit"; oid: string };

/**
 * Merges a branch into the checked-out branch: fast-forward when possible, else a three-way
 * merge with a real merge commit. On conflicts it throws MERGE_CONFLICT (data.conflicts: files
 * and hunks), leaves markers in the working tree and records the merge, to be finished with
 * `concludeMerge` or undone with `abortMerge`.
 * @example await mergeBranch(repo, { branch: "feature" }) // { kind: "merge-commit", oid: "…" }
 */
export async function mergeBranch(ctx: GitContext, input: MergeBranchInput): Promise<MergeResult> {
  return runOperation(mergeBranchInput, input, (parsed) => mergeBranchCore(withOperationCache(ctx), parsed));
}

async function mergeBranchCore(ctx: GitContext, { branch, noFastForward, message }: z.output<typeof mergeBranchInput>): Promise<MergeResult> {
  const target = await currentBranch(ctx);
  if (!target) throw new GitError("INVALID_REF", "HEAD is detached: switch to a branch before you merge.");
  await assertNoOperationInProgress(ctx, "merge");
  await assertCleanWorktree(ctx, "merge");
  const ours = await headOid(ctx);
  if (!ours) throw new GitError("NOT_FOUND", `${target} has no commits yet.`, { branch: target });
  const theirs = await resolveCommit(ctx, branch);
  if (ours === theirs || (await isAncestor(ctx, theirs, ours))) return { kind: "up-to-date", oid: ours };
  if (!noFastForward && (await isAncestor(ctx, ours, theirs))) {
    await git.writeRef({ ...gitOptions(ctx), ref: `refs/heads/${target}`, value: theirs, force: true });
    await checkoutHead(ctx, target);
    return { kind: "fast-forward", oid: theirs };
  }
  const base = await mergeBaseOf(ctx, ours, theirs);
  const result = await mergeTrees(ctx, { base, ours, theirs, labels: { ours: "HEAD", theirs: branch } });
  const mergeMessage = message ?? defaultMergeMessage(branch, target);
  if (result.conflicts.length === 0) {
    const oid = await commitTreeOnBranch(ctx, { files: result.files, branch: target, parents: [ours, theirs], message: mergeMessage });
    return { kind: "merge-commit", oid };
  }
  await writeConflictedMerge(ctx, result, await readCommitFiles(ctx, ours));
  await writeOperationState(ctx, { kind: "merge", branch: target, theirs, message: mergeMessage, conflicts: result.conflicts });
  throw mergeConflictError(result.conflicts, `Merging ${branch} into ${target}`);
}

export async function isAncestor(ctx: GitContext, ancestor: string, oid: string): Promise<boolean> {
  return git.isDescendent({ ...gitOptions(ctx), oid, ancestor, depth: -1 });
}

/**
 * The merge base of two commits. With several (criss-cross history) the first is used, where
 * git's recursive strategy would merge them into a virtual base first.
 */
export async function mergeBaseOf(ctx: GitContext, ours: string, theirs: string): Promise<string> {
  const bases = (await git.findMergeBase({ ...gitOptions(ctx), oids: [ours, theirs] })) as string[];
  if (bases.length === 0) {
    throw new GitError("NOTHING_TO_MERGE", "These histories share no commit: git refuses to merge unrelated histories.", { ours, theirs });
  }
  return [...bases].sort()[0];
}

// git's fmt-merge-msg leaves out " into main" / " into master".
function defaultMergeMessage(branch: string, target: string): string {
  return target === "main" || target === "master" ? `Merge branch '${branch}'` : `Merge branch '${branch}' into ${target}`;
}

export function mergeConflictError(conflicts: FileConflict[], what: string): GitError {
  const paths = conflicts.map((conflict) => conflict.path);
  return new GitError("MERGE_CONFLICT", `${what} conflicts in ${paths.join(", ")}: resolve the conflicts, then conclude or abort.`, {
    conflicts,
  });
}
