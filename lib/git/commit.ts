import git from "isomorphic-git";
import { z } from "zod";
import { gitOptions, signatureOf, type GitContext } from "./git-context";
import { GitError, translateGitErrors } from "./git-error";
import { assertNoOperationInProgress } from "./operation-state";
import { runOperation, withOperationCache } from "./run-operation";
import { stageChangesCore } from "./stage-changes";
import { hasStagedChanges } from "./worktree-status";

export const commitInput = z.object({
  message: z.string().trim().min(1, "A commit needs a message."),
  /** Stage every change first, like `git commit -a` plus new files. */
  all: z.boolean().default(false),
});

export type CommitInput = z.input<typeof commitInput>;

/**
 * Commits the index on the current branch, authored by the context's author at the context's
 * clock, and returns the new commit's SHA. NOTHING_TO_COMMIT when the index equals HEAD.
 * @example await commit(repo, { message: "Scale web to 3 replicas", all: true }) // "5f1c…"
 */
export async function commit(ctx: GitContext, input: CommitInput): Promise<string> {
  return runOperation(commitInput, input, (parsed) => commitCore(withOperationCache(ctx), parsed));
}

async function commitCore(ctx: GitContext, { message, all }: z.output<typeof commitInput>): Promise<string> {
  await assertNoOperationInProgress(ctx, "commit");
  if (all) await stageChangesCore(ctx);
  if (!(await hasStagedChanges(ctx))) throw new GitError("NOTHING_TO_COMMIT", "Nothing is staged: stage a change before you commit.");
  return commitIndex(ctx, message);
}

/** Commits the index as it is, with an optional explicit parent list (merge commits). */
export async function commitIndex(ctx: GitContext, message: string, parent?: string[]): Promise<string> {
  const signature = signatureOf(ctx.author, ctx.clock);
  return translateGitErrors(() =>
    git.commit({ ...gitOptions(ctx), message: withFinalNewline(message), author: signature, committer: signature, ...(parent ? { parent } : {}) }),
  );
}

// git's own commit messages end with a newline; keeping that makes exported history look native.
export function withFinalNewline(message: string): string {
  return message.endsWith("\n") ? message : `${message}\n`;
}
