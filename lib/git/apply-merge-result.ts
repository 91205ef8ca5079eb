// Writing the outcome of a three-way merge: a clean result becomes a commit straight from the
// merged tree; a conflicted one is laid out in the working tree for the learner to resolve.
import git from "isomorphic-git";
import { withFinalNewline } from "./commit";
import { gitOptions, signatureOf, type GitContext } from "./git-context";
import { translateGitErrors } from "./git-error";
import type { TreeMergeResult } from "./merge-trees";
import { currentBranch } from "./resolve-refs";
import { readBlobBytes, writeCommitFiles, type TreeFile } from "./tree-files";
import { readWorktreeBytes, removeWorktreeFile, writeWorktreeBytes } from "./worktree-fs";

export interface CommitTreeInput {
  files: ReadonlyMap<string, TreeFile>;
  branch: string;
  parents: string[];
  message: string;
}

/** Commits a file map onto a branch (checked out or not) and refreshes the working tree if it is checked out. */
export async function commitTreeOnBranch(ctx: GitContext, input: CommitTreeInput): Promise<string> {
  const tree = await writeCommitFiles(ctx, input.files);
  const signature = signatureOf(ctx.author, ctx.clock);
  const oid = await translateGitErrors(() =>
    git.commit({
      ...gitOptions(ctx),
      message: withFinalNewline(input.message),
      author: signature,
      committer: signature,
      tree,
      parent: input.parents,
      ref: `refs/heads/${input.branch}`,
    }),
  );
  if ((await currentBranch(ctx)) === input.branch) await checkoutHead(ctx, input.branch);
  return oid;
}

/** Brings a clean working tree and index to the branch's new tip. */
export async function checkoutHead(ctx: GitContext, branch: string): Promise<void> {
  await translateGitErrors(() => git.checkout({ ...gitOptions(ctx), ref: branch, force: true }));
}

/**
 * Stages every cleanly merged path and writes each conflicted path's markers (or surviving side)
 * into the working tree, unstaged — so `stageChanges` after editing marks it resolved.
 */
export async function writeConflictedMerge(ctx: GitContext, result: TreeMergeResult, ours: ReadonlyMap<string, TreeFile>): Promise<void> {
  const conflicted = new Set(result.conflicts.map((conflict) => conflict.path));
  const paths = [...new Set([...result.files.keys(), ...ours.keys(), ...result.conflictContent.keys()])].sort();
  for (const path of paths) {
    if (conflicted.has(path)) {
      const content = result.conflictContent.get(path);
      if (content) await writeWorktreeBytes(ctx, path, content);
      continue;
    }
    const merged = result.files.get(path);
    if (merged?.oid === ours.get(path)?.oid) continue;
    if (merged) {
      await writeWorktreeBytes(ctx, path, await readBlobBytes(ctx, merged.oid));
      await git.add({ ...gitOptions(ctx), filepath: path });
    } else {
      if (await readWorktreeBytes(ctx, path)) await removeWorktreeFile(ctx, path);
      await git.remove({ ...gitOptions(ctx), filepath: path });
    }
  }
}
