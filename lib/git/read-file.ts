import { z } from "zod";
import git from "isomorphic-git";
import { gitOptions, type GitContext } from "./git-context";
import { GitError } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { repoPathSchema } from "./repo-path";
import { resolveCommit } from "./resolve-refs";
import { readWorktreeBytes, toText } from "./worktree-fs";

export const readFileInput = z.object({
  path: repoPathSchema,
  /** Read the file as committed at this branch, tag or SHA instead of from the working tree. */
  ref: z.string().min(1).optional(),
});

export type ReadFileInput = z.infer<typeof readFileInput>;

/**
 * Reads a text file from the working tree, or from a commit when `ref` is given.
 * @example await readFile(repo, { path: "k8s/deployment.yaml" }) // "apiVersion: apps/v1\n…"
 * @example await readFile(repo, { path: "README.md", ref: "v1.0" })
 */
export async function readFile(ctx: GitContext, input: ReadFileInput): Promise<string> {
  return runOperation(readFileInput, input, (parsed) => readFileCore(withOperationCache(ctx), parsed));
}

async function readFileCore(ctx: GitContext, { path, ref }: z.output<typeof readFileInput>): Promise<string> {
  const bytes = ref ? await readCommittedBytes(ctx, ref, path) : await readWorktreeBytes(ctx, path);
  if (!bytes) throw new GitError("NOT_FOUND", `There is no file ${path}${ref ? ` at ${ref}` : ""}.`, { path, ...(ref ? { ref } : {}) });
  return toText(bytes);
}

async function readCommittedBytes(ctx: GitContext, ref: string, path: string): Promise<Uint8Array | undefined> {
  const oid = await resolveCommit(ctx, ref);
  try {
    return (await git.readBlob({ ...gitOptions(ctx), oid, filepath: path })).blob;
  } catch (error) {
    // Missing, or a directory rather than a file: either way there is no such file.
    if (error instanceof git.Errors.NotFoundError || error instanceof git.Errors.ObjectTypeError) return undefined;
    throw error;
  }
}
