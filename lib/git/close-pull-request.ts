import { z } from "zod";
import type { GitContext } from "./git-context";
import { runOperation, withOperationCache } from "./run-operation";
import { assertOpen, findPullRequest, savePullRequest, type PullRequest } from "./pull-request-store";

export const closePullRequestInput = z.object({ number: z.number().int().positive() });

export type ClosePullRequestInput = z.infer<typeof closePullRequestInput>;

/**
 * Closes an open pull request without merging it; its branches are left as they are.
 * @example await closePullRequest(repo, { number: 2 }) // { number: 2, state: "closed", … }
 */
export async function closePullRequest(ctx: GitContext, input: ClosePullRequestInput): Promise<PullRequest> {
  return runOperation(closePullRequestInput, input, (parsed) => closePullRequestCore(withOperationCache(ctx), parsed));
}

async function closePullRequestCore(ctx: GitContext, { number }: z.output<typeof closePullRequestInput>): Promise<PullRequest> {
  const pullRequest = await findPullRequest(ctx, number);
  assertOpen(pullRequest, "closed");
  return savePullRequest(ctx, { ...pullRequest, state: "closed", closedAt: Math.floor(ctx.clock() / 1000) });
}
