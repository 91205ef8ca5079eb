import { z } from "zod";
import type { GitContext } from "./git-context";
import { GitError } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { absolutePath, parentDirectories, repoPathSchema } from "./repo-path";
import { assertFileSize, pathExists, toBytes, writeWorktreeBytes } from "./worktree-fs";

export const writeFileInput = z.object({
  path: repoPathSchema,
  content: z.string(),
});

export type WriteFileInput = z.infer<typeof writeFileInput>;

/**
 * Creates or overwrites a file in the working tree (not staged). Refuses files over 1 MB
 * (FILE_TOO_LARGE) and a path whose parent is a file (INVALID_PATH).
 * @example await writeFile(repo, { path: "k8s/service.yaml", content: "kind: Service\n" })
 */
export async function writeFile(ctx: GitContext, input: WriteFileInput): Promise<void> {
  return runOperation(writeFileInput, input, (parsed) => writeFileCore(withOperationCache(ctx), parsed));
}

async function writeFileCore(ctx: GitContext, { path, content }: z.output<typeof writeFileInput>): Promise<void> {
  const bytes = toBytes(content);
  assertFileSize(path, bytes);
  await assertNoFileInTheWay(ctx, path);
  await writeWorktreeBytes(ctx, path, bytes);
}

/** A file where a directory is needed, or a directory where the file should go. */
export async function assertNoFileInTheWay(ctx: GitContext, path: string): Promise<void> {
  for (const dir of parentDirectories(path)) {
    const full = absolutePath(ctx.dir, dir);
    if ((await pathExists(ctx.fs, full)) && !(await ctx.fs.promises.stat(full)).isDirectory()) {
      throw new GitError("INVALID_PATH", `${dir} is a file, so ${path} cannot be created inside it.`, { path });
    }
  }
  const full = absolutePath(ctx.dir, path);
  if ((await pathExists(ctx.fs, full)) && (await ctx.fs.promises.stat(full)).isDirectory()) {
    throw new GitError("INVALID_PATH", `${path} is a directory.`, { path });
  }
}
