import git from "isomorphic-git";
import { z } from "zod";
import { diffCommitOids } from "./diff-commits";
import type { FileDiff } from "./file-diff";
import { gitOptions, type GitContext } from "./git-context";
import { mergeBaseOf } from "./merge-branch";
import { runOperation, withOperationCache } from "./run-operation";
import { findPullRequest } from "./pull-request-store";
import { branchOid } from "./resolve-refs";

export const diffPullRequestInput = z.object({ number: z.number().int().positive() });

export type DiffPullRequestInput = z.infer<typeof diffPullRequestInput>;

/**
 * What a pull request changes, as a forge shows it: from the merge base of base and source to
 * the source tip (`git diff base...source`); for a merged one, what its merge commit brought in.
 * @example await diffPullRequest(repo, { number: 1 }) // [{ path: "k8s/deployment.yaml", status: "modified", … }]
 */
export async function diffPullRequest(ctx: GitContext, input: DiffPullRequestInput): Promise<FileDiff[]> {
  return runOperation(diffPullRequestInput, input, (parsed) => diffPullRequestCore(withOperationCache(ctx), parsed));
}

async function diffPullRequestCore(ctx: GitContext, { number }: z.output<typeof diffPullRequestInput>): Promise<FileDiff[]> {
  const pullRequest = await findPullRequest(ctx, number);
  if (pullRequest.mergeCommit) {
    const { commit } = await git.readCommit({ ...gitOptions(ctx), oid: pullRequest.mergeCommit });
    return diffCommitOids(ctx, commit.parent[0], pullRequest.mergeCommit);
  }
  const sourceTip = await branchOid(ctx, pullRequest.source);
  const base = await mergeBaseOf(ctx, await branchOid(ctx, pullRequest.base), sourceTip);
  return diffCommitOids(ctx, base, sourceTip);
}
