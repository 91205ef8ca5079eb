import git from "isomorphic-git";
import { z } from "zod";
import { gitOptions, type GitContext } from "./git-context";
import { GitError, translateGitErrors } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { refNameSchema } from "./repo-path";
import { branchExists, headOid, resolveCommit } from "./resolve-refs";
import { checkoutBranch } from "./switch-branch";

export const createBranchInput = z.object({
  name: refNameSchema,
  /** Branch, tag or SHA to start from; HEAD when omitted. */
  from: z.string().min(1).optional(),
  /** Switch to the new branch, like `git switch -c`. */
  switchTo: z.boolean().default(false),
});

export type CreateBranchInput = z.input<typeof createBranchInput>;

/**
 * Creates a branch and returns the SHA it points at.
 * @example await createBranch(repo, { name: "feature/scale", switchTo: true })
 * @example await createBranch(repo, { name: "hotfix", from: "v1.0" })
 */
export async function createBranch(ctx: GitContext, input: CreateBranchInput): Promise<string> {
  return runOperation(createBranchInput, input, (parsed) => createBranchCore(withOperationCache(ctx), parsed));
}

async function createBranchCore(ctx: GitContext, { name, from, switchTo }: z.output<typeof createBranchInput>): Promise<string> {
  if (await branchExists(ctx, name)) throw new GitError("ALREADY_EXISTS", `A branch named ${name} already exists.`, { branch: name });
  const start = from ? await resolveCommit(ctx, from) : await headOid(ctx);
  if (!start) throw new GitError("NOT_FOUND", "There are no commits yet: commit once before you create a branch.");
  await translateGitErrors(() => git.branch({ ...gitOptions(ctx), ref: name, object: start }));
  if (switchTo) await checkoutBranch(ctx, name);
  return start;
}
