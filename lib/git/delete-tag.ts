import git from "isomorphic-git";
import { z } from "zod";
import { gitOptions, type GitContext } from "./git-context";
import { GitError, translateGitErrors } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { refNameSchema } from "./repo-path";

export const deleteTagInput = z.object({ name: refNameSchema });

export type DeleteTagInput = z.infer<typeof deleteTagInput>;

/**
 * Deletes a tag.
 * @example await deleteTag(repo, { name: "v1.0" })
 */
export async function deleteTag(ctx: GitContext, input: DeleteTagInput): Promise<void> {
  return runOperation(deleteTagInput, input, (parsed) => deleteTagCore(withOperationCache(ctx), parsed));
}

async function deleteTagCore(ctx: GitContext, { name }: z.output<typeof deleteTagInput>): Promise<void> {
  if (!(await git.listTags(gitOptions(ctx))).includes(name)) throw new GitError("NOT_FOUND", `There is no tag named ${name}.`, { tag: name });
  await translateGitErrors(() => git.deleteTag({ ...gitOptions(ctx), ref: name }));
}
