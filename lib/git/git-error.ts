// Errors cross the Web Worker boundary as structured clones, which drop prototypes: everything
// a learner needs (code, message, data) is therefore plain data, and `toJSON` spells it out.
import { Errors } from "isomorphic-git";

/** The stable error codes of lib/git, in no particular order. */
export const GIT_ERROR_CODES = [
  "INVALID_ARGUMENT",
  "INVALID_PATH",
  "INVALID_REF",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "FILE_TOO_LARGE",
  "NOTHING_TO_COMMIT",
  "NOTHING_TO_MERGE",
  "DIRTY_WORKTREE",
  "MERGE_CONFLICT",
  "UNRESOLVED_CONFLICTS",
  "OPERATION_IN_PROGRESS",
  "NO_OPERATION_IN_PROGRESS",
  "CURRENT_BRANCH",
  "PULL_REQUEST_NOT_OPEN",
  "SELF_APPROVAL",
  "NOT_APPROVED",
  "GIT_FAILURE",
] as const;

export type GitErrorCode = (typeof GIT_ERROR_CODES)[number];

/** Plain, serialisable details of an error; the shape depends on the code. */
export type GitErrorData = Readonly<Record<string, unknown>>;

/**
 * Every failure of lib/git.
 * @example
 * try { await createBranch(repo, { name: "main" }) }
 * catch (error) { if (error instanceof GitError && error.code === "ALREADY_EXISTS") … }
 */
export class GitError extends Error {
  override readonly name = "GitError";
  constructor(
    readonly code: GitErrorCode,
    message: string,
    readonly data: GitErrorData = {},
  ) {
    super(message);
  }

  toJSON(): { name: "GitError"; code: GitErrorCode; message: string; data: GitErrorData } {
    return { name: this.name, code: this.code, message: this.message, data: this.data };
  }
}

/**
 * Runs an isomorphic-git call and turns its errors into GitErrors with our codes, so callers
 * never see a vendor error class.
 */
export async function translateGitErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toGitError(error);
  }
}

function toGitError(error: unknown): GitError {
  if (error instanceof GitError) return error;
  if (error instanceof Errors.NotFoundError) return new GitError("NOT_FOUND", error.message);
  if (error instanceof Errors.AlreadyExistsError) return new GitError("ALREADY_EXISTS", error.message);
  if (error instanceof Errors.InvalidRefNameError) return new GitError("INVALID_REF", error.message);
  if (error instanceof Errors.InvalidOidError) return new GitError("INVALID_REF", error.message);
  if (error instanceof Errors.CheckoutConflictError) {
    return new GitError("DIRTY_WORKTREE", error.message, { paths: [...(error.data.filepaths ?? [])].sort() });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new GitError("GIT_FAILURE", message);
}
