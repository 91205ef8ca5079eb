// The shape of every public operation, as in isomorphic-git's src/api/: a thin function that
// validates its input and hands a typed value to a core that does the work. Inputs arrive from
// worker messages, so they are checked even when TypeScript already agrees, and any error the
// core lets through leaves as a GitError, never as a vendor class.
import type { z } from "zod";
import type { GitContext } from "./git-context";
import { GitError, translateGitErrors, type GitErrorCode } from "./git-error";

/** Validates an input, throwing INVALID_ARGUMENT (or the code a schema tags its issue with). */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.map(String).join(".");
  // Path and ref-name schemas tag their issues with a more precise code.
  const tagged = issue.code === "custom" ? (issue.params as { gitCode?: GitErrorCode } | undefined)?.gitCode : undefined;
  throw new GitError(tagged ?? "INVALID_ARGUMENT", field ? `${field}: ${issue.message}` : issue.message, { field });
}

/** parseInput, then the core, with vendor errors translated. */
export async function runOperation<Schema extends z.ZodType, Result>(
  schema: Schema,
  input: unknown,
  core: (parsed: z.output<Schema>) => Promise<Result>,
): Promise<Result> {
  const parsed = parseInput(schema, input);
  return translateGitErrors(() => core(parsed));
}

/**
 * The context with an isomorphic-git cache for the length of one operation, when the caller did
 * not bring one: the index and trees are then parsed once per operation rather than once per call.
 */
export function withOperationCache(ctx: GitContext): GitContext {
  return ctx.cache ? ctx : { ...ctx, cache: {} };
}
