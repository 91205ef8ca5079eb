import { z } from "zod";
import { gitIdentitySchema, type GitContext } from "./git-context";
import { GitError } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { assertOpen, findPullRequest, savePullRequest, type PullRequest } from "./pull-request-store";
import { branchOid } from "./resolve-refs";

export const approvePullRequestInput = z.object({
  number: z.number().int().positive(),
  reviewer: gitIdentitySchema,
});

export type ApprovePullRequestInput = z.infer<typeof approvePullRequestInput>;

/**
 * Records a reviewer's approval of the source's current tip. As on GitHub, authors cannot
 * approve their own pull request (SELF_APPROVAL); approving twice keeps the latest approval.
 * @example await approvePullRequest(repo, { number: 1, reviewer: { name: "Grace", email: "grace@example.com" } })
 */
export async function approvePullRequest(ctx: GitContext, input: ApprovePullRequestInput): Promise<PullRequest> {
  return runOperation(approvePullRequestInput, input, (parsed) => approvePullRequestCore(withOperationCache(ctx), parsed));
}

async function approvePullRequestCore(ctx: GitContext, { number, reviewer }: z.output<typeof approvePullRequestInput>): Promise<PullRequest> {
  const pullRequest = await findPullRequest(ctx, number);
  assertOpen(pullRequest, "approved");
  if (reviewer.email === pullRequest.author.email) {
    throw new GitError("SELF_APPROVAL", `${reviewer.name} opened pull request #${number} and cannot approve it.`, { number, reviewer: reviewer.email });
  }
  const approval = { reviewer, at: Math.floor(ctx.clock() / 1000), headOid: await branchOid(ctx, pullRequest.source) };
  const others = pullRequest.approvals.filter((existing) => existing.reviewer.email !== reviewer.email);
  return savePullRequest(ctx, { ...pullRequest, approvals: [...others, approval] });
}
