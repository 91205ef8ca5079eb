import { z } from "zod";
import type { GitContext, GitFs } from "./git-context";
import { GitError } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { makeAbsoluteDirectory, makeDirectories, pathExists, toBytes } from "./worktree-fs";

export const exportRepositoryInput = z.object({
  /** An absolute directory on the target fs; it must not exist yet or be empty. */
  dir: z.string().startsWith("/", "Use an absolute directory."),
});

export type ExportRepositoryInput = z.infer<typeof exportRepositoryInput>;

// lib/git's own state (pull requests, an unfinished merge) is not git's: it stays behind.
const PRIVATE_DIR = ".git/reconcile";

/**
 * Copies the repository — the .git directory and the working tree — into a directory of
 * another fs (node fs on a server, for instance), where real git reads it: the objects, refs
 * and index isomorphic-git writes are git's own formats. Returns the relative paths copied.
 * @example await exportRepository(repo, nodeFs, { dir: "/tmp/export" }); // then: git -C /tmp/export fsck --full
 */
export async function exportRepository(ctx: GitContext, target: GitFs, input: ExportRepositoryInput): Promise<string[]> {
  return runOperation(exportRepositoryInput, input, ({ dir }) => exportRepositoryCore(withOperationCache(ctx), target, dir));
}

async function exportRepositoryCore(ctx: GitContext, target: GitFs, dir: string): Promise<string[]> {
  if ((await pathExists(target, dir)) && ((await target.promises.readdir(dir)) as string[]).length > 0) {
    throw new GitError("ALREADY_EXISTS", `${dir} is not empty: export into a new directory.`, { dir });
  }
  await makeAbsoluteDirectory(target, dir);
  const copied: string[] = [];
  await copyDirectory(ctx, target, dir, "", copied);
  return copied;
}

async function copyDirectory(ctx: GitContext, target: GitFs, targetRoot: string, relative: string, copied: string[]): Promise<void> {
  const names = ((await ctx.fs.promises.readdir(relative ? `${ctx.dir}/${relative}` : ctx.dir)) as string[]).slice().sort();
  for (const name of names) {
    const path = relative ? `${relative}/${name}` : name;
    if (path === PRIVATE_DIR) continue;
    if ((await ctx.fs.promises.stat(`${ctx.dir}/${path}`)).isDirectory()) {
      await makeDirectories(target, targetRoot, [path]);
      await copyDirectory(ctx, target, targetRoot, path, copied);
    } else {
      await target.promises.writeFile(`${targetRoot}/${path}`, toBytes(await ctx.fs.promises.readFile(`${ctx.dir}/${path}`)));
      copied.push(path);
    }
  }
}
