// Simulated pull requests live beside the repository they belong to, as one JSON file under
// .git/reconcile/ (git ignores unknown files in .git, and exportRepository leaves the folder
// out): the repository stays the single thing to persist, and the data is plain and
// serialisable. Numbers start at 1 and only grow, as on a forge.
import { z } from "zod";
import type { GitContext } from "./git-context";
import { GitError } from "./git-error";
import { pullRequestSchema, type PullRequest } from "./pull-request-schema";
import { makeDirectories, pathExists, toBytes, toText } from "./worktree-fs";

export { pullRequestSchema, type PullRequest } from "./pull-request-schema";

const storeSchema = z.object({ nextNumber: z.number().int().positive(), pullRequests: z.array(pullRequestSchema) });

type PullRequestStore = z.infer<typeof storeSchema>;

const STORE_DIR = ".git/reconcile";
const STORE_FILE = `${STORE_DIR}/pull-requests.json`;

export async function readPullRequestStore(ctx: GitContext): Promise<PullRequestStore> {
  const path = `${ctx.dir}/${STORE_FILE}`;
  if (!(await pathExists(ctx.fs, path))) return { nextNumber: 1, pullRequests: [] };
  return storeSchema.parse(JSON.parse(toText(toBytes(await ctx.fs.promises.readFile(path)))));
}

export async function writePullRequestStore(ctx: GitContext, store: PullRequestStore): Promise<void> {
  await makeDirectories(ctx.fs, ctx.dir, [STORE_DIR]);
  await ctx.fs.promises.writeFile(`${ctx.dir}/${STORE_FILE}`, `${JSON.stringify(store, null, 2)}\n`);
}

export async function findPullRequest(ctx: GitContext, number: number): Promise<PullRequest> {
  const found = (await readPullRequestStore(ctx)).pullRequests.find((pullRequest) => pullRequest.number === number);
  if (!found) throw new GitError("NOT_FOUND", `There is no pull request #${number}.`, { number });
  return found;
}

/** Replaces one pull request in the store, returning the new value. */
export async function savePullRequest(ctx: GitContext, updated: PullRequest): Promise<PullRequest> {
  const store = await readPullRequestStore(ctx);
  const pullRequests = store.pullRequests.map((pullRequest) => (pullRequest.number === updated.number ? updated : pullRequest));
  await writePullRequestStore(ctx, { ...store, pullRequests });
  return updated;
}

export function assertOpen(pullRequest: PullRequest, action: string): void {
  if (pullRequest.state !== "open") {
    throw new GitError("PULL_REQUEST_NOT_OPEN", `Pull request #${pullRequest.number} is ${pullRequest.state}: it cannot be ${action}.`, {
      number: pullRequest.number,
      state: pullRequest.state,
    });
  }
}
