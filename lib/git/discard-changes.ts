import git from "isomorphic-git";
import { z } from "zod";
import { gitOptions, type GitContext } from "./git-context";
import { runOperation, withOperationCache } from "./run-operation";
import { repoPathSchema } from "./repo-path";
import { headOid } from "./resolve-refs";
import { readBlobBytes, readCommitFiles } from "./tree-files";
import { readWorktreeBytes, removeWorktreeFile, writeWorktreeBytes } from "./worktree-fs";
import { readPathStatuses } from "./worktree-status";

export const discardChangesInput = z.object({
  /** Only these paths; every change when omitted. */
  paths: z.array(repoPathSchema).optional(),
});

export type DiscardChangesInput = z.infer<typeof discardChangesInput>;

/**
 * Puts the working tree and the index back to HEAD, like `git reset --hard` followed by
 * `git clean -f` (untracked files are deleted too). Returns the paths restored, sorted.
 * @example await discardChanges(repo, {}) // ["README.md", "notes.txt"]
 */
export async function discardChanges(ctx: GitContext, input: DiscardChangesInput = {}): Promise<string[]> {
  return runOperation(discardChangesInput, input, ({ paths }) => discardChangesCore(withOperationCache(ctx), paths));
}

export async function discardChangesCore(ctx: GitContext, only?: readonly string[]): Promise<string[]> {
  const wanted = only ? new Set(only) : undefined;
  const head = await readCommitFiles(ctx, await headOid(ctx));
  const restored: string[] = [];
  for (const { path } of await readPathStatuses(ctx)) {
    if (wanted && !wanted.has(path)) continue;
    const committed = head.get(path);
    if (committed) await writeWorktreeBytes(ctx, path, await readBlobBytes(ctx, committed.oid));
    else if (await readWorktreeBytes(ctx, path)) await removeWorktreeFile(ctx, path);
    await git.resetIndex({ ...gitOptions(ctx), filepath: path });
    restored.push(path);
  }
  return restored;
}
