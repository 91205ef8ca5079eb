import { z } from "zod";
import { commitIndex } from "./commit";
import type { GitContext } from "./git-context";
import { GitError } from "./git-error";
import { clearOperationState, readOperationState } from "./operation-state";
import { runOperation, withOperationCache } from "./run-operation";
import { headOid } from "./resolve-refs";
import { stageChangesCore } from "./stage-changes";
import { readWorktreeBytes, toText } from "./worktree-fs";

export const concludeMergeInput = z.object({
  /** Replaces the recorded message ("Merge branch 'feature'", 'Revert "…"'). */
  message: z.string().trim().min(1).optional(),
});

export type ConcludeMergeInput = z.infer<typeof concludeMergeInput>;

const MARKER = /^(<{7} |={7}$|>{7} )/m;

/**
 * Finishes a merge or revert that stopped on conflicts, once the learner has edited the files:
 * stages every change and commits (a merge commit with two parents for a merge). Refuses with
 * UNRESOLVED_CONFLICTS while a conflicted file still holds conflict markers.
 * @example await concludeMerge(repo, {}) // "9b2e…"
 */
export async function concludeMerge(ctx: GitContext, input: ConcludeMergeInput = {}): Promise<string> {
  return runOperation(concludeMergeInput, input, (parsed) => concludeMergeCore(withOperationCache(ctx), parsed));
}

async function concludeMergeCore(ctx: GitContext, { message }: z.output<typeof concludeMergeInput>): Promise<string> {
  const state = await readOperationState(ctx);
  if (!state) throw new GitError("NO_OPERATION_IN_PROGRESS", "There is no merge or revert to conclude.");
  const unresolved: string[] = [];
  for (const { path } of state.conflicts) {
    const bytes = await readWorktreeBytes(ctx, path);
    if (bytes && MARKER.test(toText(bytes))) unresolved.push(path);
  }
  if (unresolved.length > 0) {
    throw new GitError("UNRESOLVED_CONFLICTS", `Remove the conflict markers from ${unresolved.join(", ")} first.`, { paths: unresolved });
  }
  await stageChangesCore(ctx);
  const head = await headOid(ctx);
  const parents = state.kind === "merge" && head ? [head, state.theirs] : undefined;
  const oid = await commitIndex(ctx, message ?? state.message, parents);
  await clearOperationState(ctx);
  return oid;
}
