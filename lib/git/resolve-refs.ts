// Turning names into commits. isomorphic-git's resolveRef also accepts full SHAs; tags are
// peeled to the commit they point at, so "v1.0" works wherever a commit is expected.
import git from "isomorphic-git";
import { gitOptions, type GitContext } from "./git-context";
import { GitError, translateGitErrors } from "./git-error";

/** The checked-out branch, or undefined when HEAD is detached. */
export async function currentBranch(ctx: GitContext): Promise<string | undefined> {
  return (await git.currentBranch({ ...gitOptions(ctx), fullname: false })) ?? undefined;
}

/** The commit HEAD points at, or undefined in a repository without commits. */
export async function headOid(ctx: GitContext): Promise<string | undefined> {
  try {
    return await git.resolveRef({ ...gitOptions(ctx), ref: "HEAD" });
  } catch (error) {
    if (error instanceof git.Errors.NotFoundError) return undefined;
    throw error;
  }
}

export async function branchExists(ctx: GitContext, name: string): Promise<boolean> {
  const branches = await git.listBranches(gitOptions(ctx));
  return branches.includes(name);
}

/** The tip of a local branch; NOT_FOUND when there is no such branch. */
export async function branchOid(ctx: GitContext, name: string): Promise<string> {
  if (!(await branchExists(ctx, name))) throw new GitError("NOT_FOUND", `There is no branch named ${name}.`, { branch: name });
  return git.resolveRef({ ...gitOptions(ctx), ref: `refs/heads/${name}` });
}

/**
 * A branch, a tag, HEAD or a full commit SHA, resolved to a commit SHA.
 * INVALID_REF when the name resolves to something other than a commit.
 */
export async function resolveCommit(ctx: GitContext, ref: string): Promise<string> {
  const options = gitOptions(ctx);
  let oid: string;
  try {
    oid = /^[0-9a-f]{40}$/.test(ref) ? ref : await git.resolveRef({ ...options, ref });
  } catch (error) {
    if (error instanceof git.Errors.NotFoundError) throw new GitError("NOT_FOUND", `Nothing is called ${ref} in this repository.`, { ref });
    throw error;
  }
  return translateGitErrors(async () => {
    const { type, object } = await git.readObject({ ...options, oid, format: "parsed" }).catch(() => {
      throw new GitError("NOT_FOUND", `No object ${ref} in this repository.`, { ref });
    });
    if (type === "tag") return resolveCommit(ctx, (object as { object: string }).object);
    if (type !== "commit") throw new GitError("INVALID_REF", `${ref} is a ${type}, not a commit.`, { ref });
    return oid;
  });
}
