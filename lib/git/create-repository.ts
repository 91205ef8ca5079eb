import git from "isomorphic-git";
import { z } from "zod";
import { commitIndex } from "./commit";
import { createBranch } from "./create-branch";
import { gitIdentitySchema, gitOptions, type GitContext } from "./git-context";
import { GitError } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { refNameSchema, repoPathSchema } from "./repo-path";
import { branchExists, currentBranch, headOid } from "./resolve-refs";
import { stageChangesCore } from "./stage-changes";
import { checkoutBranch } from "./switch-branch";
import { assertFileSize, makeAbsoluteDirectory, pathExists, readWorktreeBytes, removeWorktreeFile, toBytes, writeWorktreeBytes } from "./worktree-fs";

const seedCommitSchema = z.object({
  message: z.string().trim().min(1),
  /** The branch to commit on; created from `from` (default: the default branch) if missing. */
  branch: refNameSchema.optional(),
  from: z.string().min(1).optional(),
  /** New file content by path; `null` deletes the file. */
  changes: z.record(repoPathSchema, z.string().nullable()),
  /** Someone other than the context's author, e.g. a teammate in the story. */
  author: gitIdentitySchema.optional(),
});

export const repositorySeedSchema = z.object({
  defaultBranch: refNameSchema.default("main"),
  /** Files of a first commit on the default branch. */
  files: z.record(repoPathSchema, z.string()).optional(),
  message: z.string().trim().min(1).default("Initial commit"),
  /** Commits made after the first one, in order. */
  history: z.array(seedCommitSchema).default([]),
  /** The branch checked out at the end; the default branch when omitted. */
  checkout: refNameSchema.optional(),
});

export type RepositorySeed = z.input<typeof repositorySeedSchema>;
type SeedCommit = z.infer<typeof seedCommitSchema>;

/**
 * Creates a repository at `ctx.dir` from a seed, committing with the context's clock so the
 * SHAs are the same on every run. Returns the SHA of HEAD (undefined for an empty seed).
 * @example
 * await createRepository(repo, {
 *   files: { "k8s/deployment.yaml": "replicas: 1\n" },
 *   history: [{ branch: "scale", message: "Scale to 3", changes: { "k8s/deployment.yaml": "replicas: 3\n" } }],
 * })
 */
export async function createRepository(ctx: GitContext, seed: RepositorySeed = {}): Promise<string | undefined> {
  return runOperation(repositorySeedSchema, seed, (parsed) => createRepositoryCore(withOperationCache(ctx), parsed));
}

async function createRepositoryCore(ctx: GitContext, parsed: z.output<typeof repositorySeedSchema>): Promise<string | undefined> {
  if (await pathExists(ctx.fs, `${ctx.dir}/.git`)) throw new GitError("ALREADY_EXISTS", `${ctx.dir} is already a git repository.`, { dir: ctx.dir });
  await makeAbsoluteDirectory(ctx.fs, ctx.dir);
  await git.init({ ...gitOptions(ctx), defaultBranch: parsed.defaultBranch });
  if (parsed.files) {
    await seedCommit(ctx, { message: parsed.message, changes: parsed.files });
  }
  for (const entry of parsed.history) {
    await seedCommit(ctx, { ...entry, branch: entry.branch ?? parsed.defaultBranch, from: entry.from ?? parsed.defaultBranch });
  }
  const finalBranch = parsed.checkout ?? parsed.defaultBranch;
  if ((await currentBranch(ctx)) !== finalBranch) {
    if (!(await branchExists(ctx, finalBranch))) throw new GitError("NOT_FOUND", `The seed checks out ${finalBranch}, which it never creates.`, { branch: finalBranch });
    await checkoutBranch(ctx, finalBranch);
  }
  return headOid(ctx);
}

async function seedCommit(ctx: GitContext, entry: Omit<SeedCommit, "branch"> & { branch?: string }): Promise<void> {
  const current = await currentBranch(ctx);
  if (entry.branch && entry.branch !== current) {
    if (!(await branchExists(ctx, entry.branch))) await createBranch(ctx, { name: entry.branch, from: entry.from });
    await checkoutBranch(ctx, entry.branch);
  }
  for (const path of Object.keys(entry.changes).sort()) {
    const content = entry.changes[path];
    if (content === null) {
      if (await readWorktreeBytes(ctx, path)) await removeWorktreeFile(ctx, path);
      continue;
    }
    const bytes = toBytes(content);
    assertFileSize(path, bytes);
    await writeWorktreeBytes(ctx, path, bytes);
  }
  if ((await stageChangesCore(ctx)).length === 0) {
    throw new GitError("NOTHING_TO_COMMIT", `The seed commit "${entry.message}" changes nothing.`, { message: entry.message });
  }
  await commitIndex(entry.author ? { ...ctx, author: entry.author } : ctx, entry.message);
}
