import { withOperationCache } from "./run-operation";
import type { GitContext } from "./git-context";
import { GitError, translateGitErrors } from "./git-error";
import { discardChangesCore } from "./discard-changes";
import { clearOperationState, readOperationState } from "./operation-state";

/**
 * Abandons a merge or revert that stopped on conflicts, like `git merge --abort`: the working
 * tree and index go back to HEAD (they were clean when it started).
 * @example await abortMerge(repo) // ["k8s/deployment.yaml"]
 */
export async function abortMerge(ctx: GitContext): Promise<string[]> {
  return translateGitErrors(() => abortMergeCore(withOperationCache(ctx)));
}

async function abortMergeCore(ctx: GitContext): Promise<string[]> {
  const state = await readOperationState(ctx);
  if (!state) throw new GitError("NO_OPERATION_IN_PROGRESS", "There is no merge or revert to abort.");
  const restored = await discardChangesCore(ctx);
  await clearOperationState(ctx);
  return restored;
}
