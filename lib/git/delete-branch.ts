import git from "isomorphic-git";
import { z } from "zod";
import { gitOptions, type GitContext } from "./git-context";
import { GitError, translateGitErrors } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { refNameSchema } from "./repo-path";
import { branchOid, currentBranch } from "./resolve-refs";

export const deleteBranchInput = z.object({ name: refNameSchema });

export type DeleteBranchInput = z.infer<typeof deleteBranchInput>;

/**
 * Deletes a branch (like `git branch -D`: unmerged commits become unreachable). Refuses the
 * checked-out branch with CURRENT_BRANCH. Returns the SHA the branch pointed at.
 * @example await deleteBranch(repo, { name: "feature/scale" })
 */
export async function deleteBranch(ctx: GitContext, input: DeleteBranchInput): Promise<string> {
  return runOperation(deleteBranchInput, input, (parsed) => deleteBranchCore(withOperationCache(ctx), parsed));
}

async function deleteBranchCore(ctx: GitContext, { name }: z.output<typeof deleteBranchInput>): Promise<string> {
  const oid = await branchOid(ctx, name);
  if ((await currentBranch(ctx)) === name) {
    throw new GitError("CURRENT_BRANCH", `${name} is checked out: switch to another branch before you delete it.`, { branch: name });
  }
  await translateGitErrors(() => git.deleteBranch({ ...gitOptions(ctx), ref: name }));
  return oid;
}
