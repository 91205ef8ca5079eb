import git from "isomorphic-git";
import { z } from "zod";
import { commitTreeOnBranch } from "./apply-merge-result";
import { gitOptions, type GitContext } from "./git-context";
import { GitError } from "./git-error";
import { isAncestor, mergeBaseOf, mergeConflictError } from "./merge-branch";
import { mergeTrees } from "./merge-trees";
import { assertNoOperationInProgress } from "./operation-state";
import { runOperation, withOperationCache } from "./run-operation";
import { assertOpen, findPullRequest, savePullRequest, type PullRequest } from "./pull-request-store";
import { branchOid, currentBranch } from "./resolve-refs";
import { assertCleanWorktree } from "./worktree-status";

export const mergePullRequestInput = z.object({
  number: z.number().int().positive(),
  /** Approvals needed, like a branch protection rule; none by default. */
  requiredApprovals: z.number().int().min(0).default(0),
});

export type MergePullRequestInput = z.input<typeof mergePullRequestInput>;

/**
 * Merges a pull request with a merge commit ("Merge pull request #1 from feature"), as a
 * forge's merge button does: always a merge commit, even when a fast-forward was possible.
 * With conflicts nothing changes and MERGE_CONFLICT lists them — a forge cannot resolve them
 * either; the learner merges the base into the source branch, resolves, and tries again.
 * @example await mergePullRequest(repo, { number: 1, requiredApprovals: 1 }) // { state: "merged", mergeCommit: "…" }
 */
export async function mergePullRequest(ctx: GitContext, input: MergePullRequestInput): Promise<PullRequest> {
  return runOperation(mergePullRequestInput, input, (parsed) => mergePullRequestCore(withOperationCache(ctx), parsed));
}

async function mergePullRequestCore(ctx: GitContext, { number, requiredApprovals }: z.output<typeof mergePullRequestInput>): Promise<PullRequest> {
  const pullRequest = await findPullRequest(ctx, number);
  assertOpen(pullRequest, "merged");
  if (pullRequest.approvals.length < requiredApprovals) {
    throw new GitError("NOT_APPROVED", `Pull request #${number} needs ${requiredApprovals} approval(s) and has ${pullRequest.approvals.length}.`, {
      number,
      required: requiredApprovals,
      approvals: pullRequest.approvals.length,
    });
  }
  if ((await currentBranch(ctx)) === pullRequest.base) {
    await assertNoOperationInProgress(ctx, "merge a pull request into the checked-out branch");
    await assertCleanWorktree(ctx, "merge a pull request into the checked-out branch");
  }
  const [baseTip, sourceTip] = [await branchOid(ctx, pullRequest.base), await branchOid(ctx, pullRequest.source)];
  if (baseTip === sourceTip || (await isAncestor(ctx, sourceTip, baseTip))) {
    throw new GitError("NOTHING_TO_MERGE", `${pullRequest.base} already contains every commit of ${pullRequest.source}.`, { number });
  }
  const base = await mergeBaseOf(ctx, baseTip, sourceTip);
  const result = await mergeTrees(ctx, { base, ours: baseTip, theirs: sourceTip, labels: { ours: pullRequest.base, theirs: pullRequest.source } });
  if (result.conflicts.length > 0) throw mergeConflictError(result.conflicts, `Pull request #${number}`);
  const message = `Merge pull request #${number} from ${pullRequest.source}\n\n${pullRequest.title}`;
  const mergeCommit = await commitTreeOnBranch(ctx, { files: result.files, branch: pullRequest.base, parents: [baseTip, sourceTip], message });
  const { commit } = await git.readCommit({ ...gitOptions(ctx), oid: mergeCommit });
  return savePullRequest(ctx, { ...pullRequest, state: "merged", mergeCommit, mergedAt: commit.committer.timestamp });
}
