import git from "isomorphic-git";
import { commitSide } from "./diff-commits";
import { diffSides, type FileDiff } from "./file-diff";
import { translateGitErrors } from "./git-error";
import { withOperationCache } from "./run-operation";
import type { GitContext } from "./git-context";
import { headOid } from "./resolve-refs";
import { readWorktreeBytes } from "./worktree-fs";
import { readPathStatuses } from "./worktree-status";

/**
 * What the working tree changes relative to HEAD — staged or not, untracked files included as
 * added — per file and per line, like `git diff HEAD` plus untracked files.
 * @example await diffWorkingTree(repo) // [{ path: "README.md", status: "modified", … }]
 */
export async function diffWorkingTree(ctx: GitContext): Promise<FileDiff[]> {
  return translateGitErrors(() => diffWorkingTreeCore(withOperationCache(ctx)));
}

async function diffWorkingTreeCore(ctx: GitContext): Promise<FileDiff[]> {
  const before = await commitSide(ctx, await headOid(ctx));
  const after = new Map(before);
  for (const { path, changedInWorktree } of await readPathStatuses(ctx)) {
    if (!changedInWorktree) continue;
    const bytes = await readWorktreeBytes(ctx, path);
    if (!bytes) {
      after.delete(path);
      continue;
    }
    const { oid } = await git.hashBlob({ object: bytes });
    after.set(path, { oid, read: async () => bytes });
  }
  return diffSides(before, after);
}
