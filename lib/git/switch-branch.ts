import git from "isomorphic-git";
import { z } from "zod";
import { gitOptions, type GitContext } from "./git-context";
import { translateGitErrors } from "./git-error";
import { assertNoOperationInProgress } from "./operation-state";
import { runOperation, withOperationCache } from "./run-operation";
import { refNameSchema } from "./repo-path";
import { branchOid } from "./resolve-refs";
import { assertCleanWorktree } from "./worktree-status";

export const switchBranchInput = z.object({ name: refNameSchema });

export type SwitchBranchInput = z.infer<typeof switchBranchInput>;

/**
 * Checks out a branch. Refuses with DIRTY_WORKTREE when there are uncommitted changes — stricter
 * than `git switch`, which carries changes over when they do not collide, so a learner never
 * loses track of an edit.
 * @example await switchBranch(repo, { name: "main" })
 */
export async function switchBranch(ctx: GitContext, input: SwitchBranchInput): Promise<void> {
  return runOperation(switchBranchInput, input, async ({ name }) => {
    const cached = withOperationCache(ctx);
    await branchOid(cached, name);
    await assertNoOperationInProgress(cached, "switch branches");
    await assertCleanWorktree(cached, "switch branches");
    await checkoutBranch(cached, name);
  });
}

/** Checks out a branch without the safety checks (callers have made them). */
export async function checkoutBranch(ctx: GitContext, name: string): Promise<void> {
  await translateGitErrors(() => git.checkout({ ...gitOptions(ctx), ref: name }));
}
