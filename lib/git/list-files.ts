import { z } from "zod";
import type { GitContext } from "./git-context";
import { runOperation, withOperationCache } from "./run-operation";
import { resolveCommit } from "./resolve-refs";
import { readCommitFiles } from "./tree-files";
import { absolutePath } from "./repo-path";

export const listFilesInput = z.object({
  /** List a commit's files instead of the working tree's. */
  ref: z.string().min(1).optional(),
});

export type ListFilesInput = z.infer<typeof listFilesInput>;

/**
 * Every file path in the working tree (outside .git) or in a commit, sorted.
 * @example await listFiles(repo, {}) // ["README.md", "k8s/deployment.yaml"]
 */
export async function listFiles(ctx: GitContext, input: ListFilesInput = {}): Promise<string[]> {
  return runOperation(listFilesInput, input, (parsed) => listFilesCore(withOperationCache(ctx), parsed));
}

async function listFilesCore(ctx: GitContext, { ref }: z.output<typeof listFilesInput>): Promise<string[]> {
  if (ref) return [...(await readCommitFiles(ctx, await resolveCommit(ctx, ref))).keys()];
  return listWorktreeFiles(ctx);
}

/** Every file path in the working tree, outside .git, sorted. */
export async function listWorktreeFiles(ctx: GitContext): Promise<string[]> {
  const paths: string[] = [];
  await collectWorktree(ctx, "", paths);
  return paths.sort();
}

async function collectWorktree(ctx: GitContext, prefix: string, paths: string[]): Promise<void> {
  const dir = prefix ? absolutePath(ctx.dir, prefix.slice(0, -1)) : ctx.dir;
  const names = ((await ctx.fs.promises.readdir(dir)) as string[]).slice().sort();
  for (const name of names) {
    if (!prefix && name === ".git") continue;
    const path = prefix + name;
    const stats = await ctx.fs.promises.stat(absolutePath(ctx.dir, path));
    if (stats.isDirectory()) await collectWorktree(ctx, `${path}/`, paths);
    else paths.push(path);
  }
}
