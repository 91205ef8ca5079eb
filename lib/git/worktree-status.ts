// What differs between HEAD, the index and the working tree. isomorphic-git's statusMatrix
// trusts file stats (size and mtime) to skip hashing, so an edit that keeps the size within
// the same millisecond — "1.0.0" → "1.0.1", typical of a scripted exercise — goes unseen
// (git's "racy clean" problem). The sandbox's repositories are small: every working-tree file
// is hashed instead.
import git from "isomorphic-git";
import { gitOptions, type GitContext } from "./git-context";
import { GitError } from "./git-error";
import { listWorktreeFiles } from "./list-files";
import { headOid } from "./resolve-refs";
import { readCommitFiles } from "./tree-files";
import { readWorktreeBytes } from "./worktree-fs";

export interface PathStatus {
  path: string;
  inHead: boolean;
  /** The working tree differs from HEAD (added, modified or deleted). */
  changedInWorktree: boolean;
  /** The index differs from HEAD. */
  staged: boolean;
  /** The working tree differs from the index. */
  unstaged: boolean;
}

/** Every path that differs somewhere between HEAD, the index and the working tree, sorted. */
export async function readPathStatuses(ctx: GitContext): Promise<PathStatus[]> {
  const head = await readCommitFiles(ctx, await headOid(ctx));
  const index = await readIndexOids(ctx);
  const worktree = await hashWorktree(ctx);
  const paths = [...new Set([...head.keys(), ...index.keys(), ...worktree.keys()])].sort();
  return paths
    .map((path) => {
      const [h, s, w] = [head.get(path)?.oid, index.get(path), worktree.get(path)];
      return { path, inHead: h !== undefined, changedInWorktree: w !== h, staged: s !== h, unstaged: w !== s };
    })
    .filter((status) => status.changedInWorktree || status.staged || status.unstaged);
}

/** Whether the index differs from HEAD — without hashing the working tree. */
export async function hasStagedChanges(ctx: GitContext): Promise<boolean> {
  const head = await readCommitFiles(ctx, await headOid(ctx));
  const index = await readIndexOids(ctx);
  if (head.size !== index.size) return true;
  return [...index].some(([path, oid]) => head.get(path)?.oid !== oid);
}

async function readIndexOids(ctx: GitContext): Promise<Map<string, string>> {
  const entries = (await git.walk({
    ...gitOptions(ctx),
    trees: [git.STAGE()],
    map: async (path, [entry]) => {
      if (!entry || path === "." || (await entry.type()) !== "blob") return undefined;
      return [path, await entry.oid()] as const;
    },
  })) as (readonly [string, string])[];
  return new Map(entries);
}

async function hashWorktree(ctx: GitContext): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const path of await listWorktreeFiles(ctx)) {
    const bytes = await readWorktreeBytes(ctx, path);
    if (bytes) hashes.set(path, (await git.hashBlob({ object: bytes })).oid);
  }
  return hashes;
}

/** DIRTY_WORKTREE, listing the paths, unless the working tree and index equal HEAD. */
export async function assertCleanWorktree(ctx: GitContext, action: string): Promise<void> {
  const paths = (await readPathStatuses(ctx)).map((status) => status.path);
  if (paths.length > 0) {
    throw new GitError("DIRTY_WORKTREE", `Commit or discard your changes before you ${action}: ${paths.join(", ")}.`, { paths });
  }
}
