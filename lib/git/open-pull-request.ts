import { z } from "zod";
import { gitIdentitySchema, type GitContext } from "./git-context";
import { GitError } from "./git-error";
import { isAncestor } from "./merge-branch";
import { runOperation, withOperationCache } from "./run-operation";
import { readPullRequestStore, writePullRequestStore, type PullRequest } from "./pull-request-store";
import { refNameSchema } from "./repo-path";
import { branchOid } from "./resolve-refs";

export const openPullRequestInput = z.object({
  source: refNameSchema,
  base: refNameSchema,
  title: z.string().trim().min(1, "A pull request needs a title."),
  description: z.string().default(""),
  /** Who opens it; the context's author when omitted. */
  author: gitIdentitySchema.optional(),
});

export type OpenPullRequestInput = z.input<typeof openPullRequestInput>;

/**
 * Opens a pull request from one branch into another. Refuses a source with nothing new for the
 * base (NOTHING_TO_MERGE) and a second open pull request for the same pair (ALREADY_EXISTS).
 * @example await openPullRequest(repo, { source: "feature/scale", base: "main", title: "Scale web to 3" }) // { number: 1, state: "open", … }
 */
export async function openPullRequest(ctx: GitContext, input: OpenPullRequestInput): Promise<PullRequest> {
  return runOperation(openPullRequestInput, input, (parsed) => openPullRequestCore(withOperationCache(ctx), parsed));
}

async function openPullRequestCore(ctx: GitContext, { source, base, title, description, author }: z.output<typeof openPullRequestInput>): Promise<PullRequest> {
  if (source === base) throw new GitError("INVALID_ARGUMENT", "A pull request needs two different branches.", { field: "base" });
  const [sourceTip, baseTip] = [await branchOid(ctx, source), await branchOid(ctx, base)];
  if (sourceTip === baseTip || (await isAncestor(ctx, sourceTip, baseTip))) {
    throw new GitError("NOTHING_TO_MERGE", `${base} already contains every commit of ${source}.`, { source, base });
  }
  const store = await readPullRequestStore(ctx);
  const duplicate = store.pullRequests.find((pr) => pr.state === "open" && pr.source === source && pr.base === base);
  if (duplicate) {
    throw new GitError("ALREADY_EXISTS", `Pull request #${duplicate.number} already proposes ${source} into ${base}.`, { number: duplicate.number });
  }
  const pullRequest: PullRequest = {
    number: store.nextNumber,
    title,
    description,
    source,
    base,
    author: author ?? ctx.author,
    state: "open",
    createdAt: Math.floor(ctx.clock() / 1000),
    approvals: [],
    mergeCommit: null,
    mergedAt: null,
    closedAt: null,
  };
  await writePullRequestStore(ctx, { nextNumber: store.nextNumber + 1, pullRequests: [...store.pullRequests, pullRequest] });
  return pullRequest;
}
