import { z } from "zod";
import { diffSides, type DiffSide, type FileDiff } from "./file-diff";
import type { GitContext } from "./git-context";
import { runOperation, withOperationCache } from "./run-operation";
import { resolveCommit } from "./resolve-refs";
import { readBlobBytes, readCommitFiles } from "./tree-files";

export const diffCommitsInput = z.object({
  /** Branch, tag or SHA of the old side. */
  from: z.string().min(1),
  /** Branch, tag or SHA of the new side. */
  to: z.string().min(1),
});

export type DiffCommitsInput = z.infer<typeof diffCommitsInput>;

/**
 * What changed from one commit to another, per file and per line, like `git diff from to`.
 * @example await diffCommits(repo, { from: "main", to: "feature" })
 *          // [{ path: "k8s/deployment.yaml", status: "modified", binary: false, hunks: [{ oldStart: 1, … lines: ["-replicas: 1", "+replicas: 3"] }] }]
 */
export async function diffCommits(ctx: GitContext, input: DiffCommitsInput): Promise<FileDiff[]> {
  return runOperation(diffCommitsInput, input, (parsed) => diffCommitsCore(withOperationCache(ctx), parsed));
}

async function diffCommitsCore(ctx: GitContext, { from, to }: z.output<typeof diffCommitsInput>): Promise<FileDiff[]> {
  return diffCommitOids(ctx, await resolveCommit(ctx, from), await resolveCommit(ctx, to));
}

export async function diffCommitOids(ctx: GitContext, fromOid: string | undefined, toOid: string): Promise<FileDiff[]> {
  return diffSides(await commitSide(ctx, fromOid), await commitSide(ctx, toOid));
}

export async function commitSide(ctx: GitContext, commitOid: string | undefined): Promise<DiffSide> {
  const files = await readCommitFiles(ctx, commitOid);
  return new Map([...files].map(([path, file]) => [path, { oid: file.oid, read: () => readBlobBytes(ctx, file.oid) }]));
}
