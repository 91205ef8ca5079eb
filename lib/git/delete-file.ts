import { z } from "zod";
import type { GitContext } from "./git-context";
import { GitError } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { readWorktreeBytes, removeWorktreeFile } from "./worktree-fs";
import { repoPathSchema } from "./repo-path";

export const deleteFileInput = z.object({ path: repoPathSchema });

export type DeleteFileInput = z.infer<typeof deleteFileInput>;

/**
 * Deletes a file from the working tree (not staged); empty parent directories go too.
 * @example await deleteFile(repo, { path: "k8s/old-config.yaml" })
 */
export async function deleteFile(ctx: GitContext, input: DeleteFileInput): Promise<void> {
  return runOperation(deleteFileInput, input, (parsed) => deleteFileCore(withOperationCache(ctx), parsed));
}

async function deleteFileCore(ctx: GitContext, { path }: z.output<typeof deleteFileInput>): Promise<void> {
  if (!(await readWorktreeBytes(ctx, path))) throw new GitError("NOT_FOUND", `There is no file ${path}.`, { path });
  await removeWorktreeFile(ctx, path);
}
