import git from "isomorphic-git";
import { z } from "zod";
import { gitOptions, type GitContext } from "./git-context";
import { runOperation, withOperationCache } from "./run-operation";
import { repoPathSchema } from "./repo-path";
import { readPathStatuses } from "./worktree-status";

export const unstageChangesInput = z.object({
  /** Only these paths; every staged change when omitted, like `git restore --staged .`. */
  paths: z.array(repoPathSchema).optional(),
});

export type UnstageChangesInput = z.infer<typeof unstageChangesInput>;

/**
 * Puts the index entries of staged paths back to HEAD, keeping the working tree as it is, and
 * returns the paths unstaged, sorted.
 * @example await unstageChanges(repo, { paths: ["k8s/deployment.yaml"] })
 */
export async function unstageChanges(ctx: GitContext, input: UnstageChangesInput = {}): Promise<string[]> {
  return runOperation(unstageChangesInput, input, ({ paths }) => unstageChangesCore(withOperationCache(ctx), paths));
}

async function unstageChangesCore(ctx: GitContext, only?: readonly string[]): Promise<string[]> {
  const staged = (await readPathStatuses(ctx)).filter((status) => status.staged).map((status) => status.path);
  const wanted = only ? staged.filter((path) => only.includes(path)) : staged;
  // resetIndex takes HEAD's entry, or drops the path from the index when HEAD does not have it.
  for (const path of wanted) await git.resetIndex({ ...gitOptions(ctx), filepath: path });
  return wanted;
}
