import { z } from "zod";
import type { GitContext } from "./git-context";
import { GitError } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { repoPathSchema } from "./repo-path";
import { assertNoFileInTheWay } from "./write-file";
import { readWorktreeBytes, removeWorktreeFile, writeWorktreeBytes } from "./worktree-fs";

export const renameFileInput = z.object({ from: repoPathSchema, to: repoPathSchema });

export type RenameFileInput = z.infer<typeof renameFileInput>;

/**
 * Moves a file in the working tree (not staged), like `mv`. Refuses to overwrite (ALREADY_EXISTS).
 * @example await renameFile(repo, { from: "app.yaml", to: "k8s/app.yaml" })
 */
export async function renameFile(ctx: GitContext, input: RenameFileInput): Promise<void> {
  return runOperation(renameFileInput, input, (parsed) => renameFileCore(withOperationCache(ctx), parsed));
}

async function renameFileCore(ctx: GitContext, { from, to }: z.output<typeof renameFileInput>): Promise<void> {
  const bytes = await readWorktreeBytes(ctx, from);
  if (!bytes) throw new GitError("NOT_FOUND", `There is no file ${from}.`, { path: from });
  if (from === to) return;
  if (await readWorktreeBytes(ctx, to)) throw new GitError("ALREADY_EXISTS", `${to} already exists.`, { path: to });
  await assertNoFileInTheWay(ctx, to);
  // Copy then delete rather than fs.rename: lightning-fs renames files but not across new directories.
  await writeWorktreeBytes(ctx, to, bytes);
  await removeWorktreeFile(ctx, from);
}
