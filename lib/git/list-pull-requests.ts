import { z } from "zod";
import type { GitContext } from "./git-context";
import { runOperation, withOperationCache } from "./run-operation";
import { readPullRequestStore, type PullRequest } from "./pull-request-store";

export const listPullRequestsInput = z.object({ state: z.enum(["open", "merged", "closed"]).optional() });

export type ListPullRequestsInput = z.infer<typeof listPullRequestsInput>;

/**
 * Pull requests by number, optionally only those in one state.
 * @example await listPullRequests(repo, { state: "open" }) // [{ number: 1, … }]
 */
export async function listPullRequests(ctx: GitContext, input: ListPullRequestsInput = {}): Promise<PullRequest[]> {
  return runOperation(listPullRequestsInput, input, (parsed) => listPullRequestsCore(withOperationCache(ctx), parsed));
}

async function listPullRequestsCore(ctx: GitContext, { state }: z.output<typeof listPullRequestsInput>): Promise<PullRequest[]> {
  const { pullRequests } = await readPullRequestStore(ctx);
  return pullRequests.filter((pr) => !state || pr.state === state).sort((a, b) => a.number - b.number);
}
