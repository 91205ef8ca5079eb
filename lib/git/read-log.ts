import git from "isomorphic-git";
import { z } from "zod";
import { gitOptions, type GitContext } from "./git-context";
import { translateGitErrors } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { headOid, resolveCommit } from "./resolve-refs";

export const readLogInput = z.object({
  /** Branch, tag or SHA; HEAD when omitted. */
  ref: z.string().min(1).optional(),
  /** At most this many commits. */
  depth: z.number().int().positive().optional(),
});

export type ReadLogInput = z.infer<typeof readLogInput>;

/** One commit, as plain data. Timestamps are Unix seconds. */
export interface CommitSummary {
  oid: string;
  message: string;
  parents: string[];
  author: { name: string; email: string; timestamp: number };
  committer: { name: string; email: string; timestamp: number };
}

/**
 * Commits reachable from a ref, newest first, as `git log` lists them. An empty repository has
 * an empty log.
 * @example (await readLog(repo, { ref: "main", depth: 1 }))[0].message // "Scale web\n"
 */
export async function readLog(ctx: GitContext, input: ReadLogInput = {}): Promise<CommitSummary[]> {
  return runOperation(readLogInput, input, (parsed) => readLogCore(withOperationCache(ctx), parsed));
}

async function readLogCore(ctx: GitContext, { ref, depth }: z.output<typeof readLogInput>): Promise<CommitSummary[]> {
  const start = ref ? await resolveCommit(ctx, ref) : await headOid(ctx);
  if (!start) return [];
  const entries = await translateGitErrors(() => git.log({ ...gitOptions(ctx), ref: start, ...(depth ? { depth } : {}) }));
  return entries.map(({ oid, commit }) => ({
    oid,
    message: commit.message,
    parents: [...commit.parent],
    author: { name: commit.author.name, email: commit.author.email, timestamp: commit.author.timestamp },
    committer: { name: commit.committer.name, email: commit.committer.email, timestamp: commit.committer.timestamp },
  }));
}
