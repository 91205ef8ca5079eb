import git from "isomorphic-git";
import { gitOptions, type GitContext } from "./git-context";
import { withOperationCache } from "./run-operation";
import { translateGitErrors } from "./git-error";
import { readOperationState } from "./operation-state";
import { readPullRequestStore, type PullRequest } from "./pull-request-store";
import type { CommitSummary } from "./read-log";
import { currentBranch, headOid } from "./resolve-refs";
import { readPathStatuses, type PathStatus } from "./worktree-status";

export interface TagSummary {
  name: string;
  /** The commit the tag names (annotated tags are peeled). */
  commit: string;
  annotated: boolean;
  message: string | null;
}

/** Plain, serialisable state of a repository, for UI snapshots and exercise checks. */
export interface RepositorySummary {
  head: { branch: string | null; oid: string | null };
  branches: { name: string; oid: string }[];
  tags: TagSummary[];
  /** Every commit reachable from a branch or tag, children before parents. */
  commits: CommitSummary[];
  pullRequests: PullRequest[];
  /** A merge or revert waiting for its conflicts to be resolved. */
  operation: { kind: "merge" | "revert"; branch: string; theirs: string; conflicts: string[] } | null;
  /** Uncommitted changes, by path. */
  changes: PathStatus[];
}

/**
 * Everything a UI needs to draw a repository: branches, HEAD, the commit graph with parents,
 * tags, pull requests, an unfinished merge and uncommitted changes.
 * @example (await summarizeRepository(repo)).head // { branch: "main", oid: "…" }
 */
export async function summarizeRepository(ctx: GitContext): Promise<RepositorySummary> {
  return translateGitErrors(() => summarizeRepositoryCore(withOperationCache(ctx)));
}

async function summarizeRepositoryCore(ctx: GitContext): Promise<RepositorySummary> {
  const options = gitOptions(ctx);
  const branchNames = (await git.listBranches(options)).slice().sort();
  const branches = await Promise.all(branchNames.map(async (name) => ({ name, oid: await git.resolveRef({ ...options, ref: `refs/heads/${name}` }) })));
  const tags = await Promise.all((await git.listTags(options)).slice().sort().map((name) => summarizeTag(ctx, name)));
  const head = await headOid(ctx);
  const tips = [...(head ? [head] : []), ...branches.map((branch) => branch.oid), ...tags.map((tag) => tag.commit)];
  const operation = await readOperationState(ctx);
  return {
    head: { branch: (await currentBranch(ctx)) ?? null, oid: head ?? null },
    branches,
    tags,
    commits: await commitGraph(ctx, tips),
    pullRequests: (await readPullRequestStore(ctx)).pullRequests,
    operation: operation
      ? { kind: operation.kind, branch: operation.branch, theirs: operation.theirs, conflicts: operation.conflicts.map((conflict) => conflict.path) }
      : null,
    changes: await readPathStatuses(ctx),
  };
}

async function summarizeTag(ctx: GitContext, name: string): Promise<TagSummary> {
  const oid = await git.resolveRef({ ...gitOptions(ctx), ref: `refs/tags/${name}` });
  const { type, object } = await git.readObject({ ...gitOptions(ctx), oid, format: "parsed" });
  if (type !== "tag") return { name, commit: oid, annotated: false, message: null };
  const tag = object as { object: string; message: string };
  return { name, commit: tag.object, annotated: true, message: tag.message };
}

// Reverse post-order of a depth-first walk from the tips: a topological order in which every
// commit comes before its parents, the same on every run.
async function commitGraph(ctx: GitContext, tips: string[]): Promise<CommitSummary[]> {
  const commits = new Map<string, CommitSummary>();
  const finished: string[] = [];
  const stack: { oid: string; expanded: boolean }[] = [...tips].reverse().map((oid) => ({ oid, expanded: false }));
  const seen = new Set<string>();
  while (stack.length > 0) {
    const frame = stack.pop() as { oid: string; expanded: boolean };
    if (frame.expanded) {
      finished.push(frame.oid);
      continue;
    }
    if (seen.has(frame.oid)) continue;
    seen.add(frame.oid);
    const summary = await readCommitSummary(ctx, frame.oid);
    commits.set(frame.oid, summary);
    stack.push({ oid: frame.oid, expanded: true });
    for (const parent of [...summary.parents].reverse()) if (!seen.has(parent)) stack.push({ oid: parent, expanded: false });
  }
  return finished.reverse().map((oid) => commits.get(oid) as CommitSummary);
}

async function readCommitSummary(ctx: GitContext, oid: string): Promise<CommitSummary> {
  const { commit } = await git.readCommit({ ...gitOptions(ctx), oid });
  return {
    oid,
    message: commit.message,
    parents: [...commit.parent],
    author: { name: commit.author.name, email: commit.author.email, timestamp: commit.author.timestamp },
    committer: { name: commit.committer.name, email: commit.committer.email, timestamp: commit.committer.timestamp },
  };
}
