import { z } from "zod";
import type { GitContext } from "./git-context";
import { runOperation, withOperationCache } from "./run-operation";
import { resolveCommit } from "./resolve-refs";

export const resolveRevisionInput = z.object({
  /** A branch, tag, SHA or HEAD. */
  ref: z.string().min(1),
});

export type ResolveRevisionInput = z.infer<typeof resolveRevisionInput>;

/**
 * The commit SHA a ref points at — cheap, reads no files. Controllers poll it to notice new
 * commits before fetching a tree.
 * @example await resolveRevision(repo, { ref: "main" }) // "3c9bd399…"
 */
export async function resolveRevision(ctx: GitContext, input: ResolveRevisionInput): Promise<string> {
  return runOperation(resolveRevisionInput, input, ({ ref }) => resolveCommit(withOperationCache(ctx), ref));
}
