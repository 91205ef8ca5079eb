import git from "isomorphic-git";
import { z } from "zod";
import { gitOptions, signatureOf, type GitContext } from "./git-context";
import { GitError, translateGitErrors } from "./git-error";
import { runOperation, withOperationCache } from "./run-operation";
import { refNameSchema } from "./repo-path";
import { headOid, resolveCommit } from "./resolve-refs";
import { withFinalNewline } from "./commit";

export const createTagInput = z.object({
  name: refNameSchema,
  /** Branch, tag or SHA to tag; HEAD when omitted. */
  ref: z.string().min(1).optional(),
  /** With a message the tag is annotated (a tag object with tagger and date); without, lightweight. */
  message: z.string().trim().min(1).optional(),
});

export type CreateTagInput = z.infer<typeof createTagInput>;

/**
 * Tags a commit and returns the SHA the tag ref points at (the tag object for an annotated tag).
 * @example await createTag(repo, { name: "v1.0" })                              // lightweight
 * @example await createTag(repo, { name: "v1.1", message: "Release 1.1" })     // annotated
 */
export async function createTag(ctx: GitContext, input: CreateTagInput): Promise<string> {
  return runOperation(createTagInput, input, (parsed) => createTagCore(withOperationCache(ctx), parsed));
}

async function createTagCore(ctx: GitContext, { name, ref, message }: z.output<typeof createTagInput>): Promise<string> {
  const tags = await git.listTags(gitOptions(ctx));
  if (tags.includes(name)) throw new GitError("ALREADY_EXISTS", `A tag named ${name} already exists.`, { tag: name });
  const object = ref ? await resolveCommit(ctx, ref) : await headOid(ctx);
  if (!object) throw new GitError("NOT_FOUND", "There are no commits to tag yet.");
  if (message) {
    const tagger = signatureOf(ctx.author, ctx.clock);
    await translateGitErrors(() => git.annotatedTag({ ...gitOptions(ctx), ref: name, object, message: withFinalNewline(message), tagger }));
  } else {
    await translateGitErrors(() => git.tag({ ...gitOptions(ctx), ref: name, object }));
  }
  return git.resolveRef({ ...gitOptions(ctx), ref: `refs/tags/${name}` });
}
