import { z } from "zod";
import type { GitContext } from "./git-context";
import { runOperation, withOperationCache } from "./run-operation";
import { resolveCommit } from "./resolve-refs";
import { readBlobBytes, readCommitFiles } from "./tree-files";
import { toText } from "./worktree-fs";

export const readTreeInput = z.object({
  /** A branch, tag or SHA: what a GitOps controller resolves its targetRevision to. */
  ref: z.string().min(1),
});

export type ReadTreeInput = z.infer<typeof readTreeInput>;

export interface CommittedTree {
  /** The commit the ref resolved to. */
  sha: string;
  /** Every file of the commit, path → text, in path order. */
  files: ReadonlyMap<string, string>;
}

/**
 * Everything committed at a ref, as text — what Argo CD's repo server or Flux's source
 * controller fetches before rendering.
 * @example const { sha, files } = await readTree(repo, { ref: "main" }); files.get("apps/web/kustomization.yaml")
 */
export async function readTree(ctx: GitContext, input: ReadTreeInput): Promise<CommittedTree> {
  return runOperation(readTreeInput, input, async ({ ref }) => {
    const cached = withOperationCache(ctx);
    const sha = await resolveCommit(cached, ref);
    const entries = await readCommitFiles(cached, sha);
    const files = new Map<string, string>();
    for (const [path, entry] of entries) files.set(path, toText(await readBlobBytes(cached, entry.oid)));
    return { sha, files };
  });
}
