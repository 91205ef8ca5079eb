// The git half of the sandbox's commands: each maps onto one lib/git operation on the named
// repository. Failures come back as the learner-facing message lib/git already writes.
import {
  abortMerge,
  approvePullRequest,
  closePullRequest,
  commit,
  concludeMerge,
  createBranch,
  deleteFile,
  discardChanges,
  GitError,
  listFiles,
  mergeBranch,
  mergePullRequest,
  openPullRequest,
  renameFile,
  revertCommit,
  stageChanges,
  switchBranch,
  unstageChanges,
  writeFile,
  type GitContext,
} from "@/lib/git";
import type { CommandResult, SandboxCommand } from "./commands";

export type GitCommand = Extract<
  SandboxCommand,
  {
    type:
      | "write-file"
      | "rename-path"
      | "delete-path"
      | "stage"
      | "unstage"
      | "discard"
      | "commit"
      | "create-branch"
      | "switch-branch"
      | "merge-branch"
      | "conclude-merge"
      | "abort-merge"
      | "revert-commit"
      | "open-pull-request"
      | "approve-pull-request"
      | "merge-pull-request"
      | "close-pull-request";
  }
>;

const GIT_COMMANDS: ReadonlySet<string> = new Set([
  "write-file",
  "rename-path",
  "delete-path",
  "stage",
  "unstage",
  "discard",
  "commit",
  "create-branch",
  "switch-branch",
  "merge-branch",
  "conclude-merge",
  "abort-merge",
  "revert-commit",
  "open-pull-request",
  "approve-pull-request",
  "merge-pull-request",
  "close-pull-request",
]);

export function isGitCommand(command: SandboxCommand): command is GitCommand {
  return GIT_COMMANDS.has(command.type);
}

/** Reviews come from a teammate: on GitHub an author cannot approve their own pull request. */
export const REVIEWER = { name: "Sam Reviewer", email: "sam.reviewer@example.com" } as const;

/** The files a path names: the file itself, or every file under it when it is a folder. */
async function filesUnder(ctx: GitContext, path: string): Promise<string[]> {
  const files = await listFiles(ctx);
  if (files.includes(path)) return [path];
  return files.filter((file) => file.startsWith(`${path}/`));
}

function short(oid: string): string {
  return oid.slice(0, 7);
}

/** `noChange`: it succeeded without changing anything, so it is not an action to log or undo. */
async function runCore(ctx: GitContext, command: GitCommand): Promise<CommandResult & { noChange?: boolean }> {
  switch (command.type) {
    case "write-file":
      await writeFile(ctx, { path: command.path, content: command.content });
      return { ok: true, message: `Saved ${command.path}` };
    case "rename-path": {
      const files = await filesUnder(ctx, command.from);
      if (files.length === 0) return { ok: false, message: `There is no file or folder ${command.from}.` };
      const existing = new Set(await listFiles(ctx));
      const targets = files.map((file) => `${command.to}${file.slice(command.from.length)}`);
      const clash = targets.find((target) => existing.has(target));
      if (clash) return { ok: false, message: `${clash} already exists: choose another name.` };
      for (const [index, file] of files.entries()) await renameFile(ctx, { from: file, to: targets[index] });
      return { ok: true, message: `Moved ${command.from} to ${command.to}` };
    }
    case "delete-path": {
      const files = await filesUnder(ctx, command.path);
      if (files.length === 0) return { ok: false, message: `There is no file or folder ${command.path}.` };
      for (const file of files) await deleteFile(ctx, { path: file });
      return { ok: true, message: `Deleted ${command.path}` };
    }
    case "stage": {
      const staged = await stageChanges(ctx, { paths: command.paths });
      return { ok: true, message: staged.length === 0 ? "Nothing to stage" : `Staged ${staged.length} file${staged.length === 1 ? "" : "s"}`, noChange: staged.length === 0 };
    }
    case "unstage": {
      const unstaged = await unstageChanges(ctx, { paths: command.paths });
      return { ok: true, message: `Unstaged ${unstaged.length} file${unstaged.length === 1 ? "" : "s"}`, noChange: unstaged.length === 0 };
    }
    case "discard": {
      const restored = await discardChanges(ctx, { paths: command.paths });
      return { ok: true, message: restored.length === 0 ? "Nothing to discard" : "Changes discarded", noChange: restored.length === 0 };
    }
    case "commit": {
      const oid = await commit(ctx, { message: command.message, all: command.all ?? false });
      return { ok: true, message: `Committed ${short(oid)}` };
    }
    case "create-branch":
      await createBranch(ctx, { name: command.name, from: command.from, switchTo: command.checkout });
      return { ok: true, message: command.checkout ? `Switched to a new branch '${command.name}'` : `Created branch '${command.name}'` };
    case "switch-branch":
      await switchBranch(ctx, { name: command.name });
      return { ok: true, message: `Switched to branch '${command.name}'` };
    case "merge-branch": {
      const result = await mergeBranch(ctx, { branch: command.from });
      const words = { "up-to-date": "Already up to date.", "fast-forward": `Fast-forward to ${short(result.oid)}`, "merge-commit": `Merged ${command.from} (${short(result.oid)})` };
      return { ok: true, message: words[result.kind], noChange: result.kind === "up-to-date" };
    }
    case "conclude-merge": {
      const oid = await concludeMerge(ctx, { message: command.message });
      return { ok: true, message: `Committed ${short(oid)}` };
    }
    case "abort-merge":
      await abortMerge(ctx);
      return { ok: true, message: "Merge aborted: the working tree is back to HEAD." };
    case "revert-commit": {
      const oid = await revertCommit(ctx, { commit: command.oid });
      return { ok: true, message: `Reverted ${short(command.oid)} in ${short(oid)}` };
    }
    case "open-pull-request": {
      const pr = await openPullRequest(ctx, { source: command.source, base: command.base, title: command.title, description: command.description });
      return { ok: true, message: `Opened pull request #${pr.number}` };
    }
    case "approve-pull-request":
      await approvePullRequest(ctx, { number: command.number, reviewer: REVIEWER });
      return { ok: true, message: `${REVIEWER.name} approved #${command.number}` };
    case "merge-pull-request": {
      const pr = await mergePullRequest(ctx, { number: command.number });
      return { ok: true, message: `Merged pull request #${pr.number}${pr.mergeCommit ? ` (${short(pr.mergeCommit)})` : ""}` };
    }
    case "close-pull-request":
      await closePullRequest(ctx, { number: command.number });
      return { ok: true, message: `Closed pull request #${command.number}` };
  }
}

/**
 * Runs a git command. `changed` says whether the repository may have changed even though the
 * command failed — a conflicted merge leaves markers and a recorded merge behind.
 */
export async function runGitCommand(ctx: GitContext, command: GitCommand): Promise<CommandResult & { changed: boolean }> {
  try {
    const { noChange, ...result } = await runCore(ctx, command);
    return { ...result, changed: result.ok && !noChange };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    if (error.code === "MERGE_CONFLICT" && command.type === "merge-pull-request") {
      // A forge cannot resolve conflicts: the learner brings the base into the branch first.
      return { ok: false, changed: false, message: `${error.message.replace(/: resolve the conflicts, then conclude or abort\.$/, ".")} Switch to the pull request's branch, merge the base branch into it, resolve the conflicts in the editor, conclude the merge, then merge the pull request.` };
    }
    if (error.code === "MERGE_CONFLICT") {
      const conflicts = ((error.data as { conflicts?: { path: string }[] }).conflicts ?? []).map((conflict) => conflict.path);
      return {
        ok: false,
        changed: true,
        message: `${error.message} Resolve ${conflicts.length === 1 ? "the conflict" : "the conflicts"} in the editor, then conclude the merge.`,
        ...(conflicts[0] ? { openFile: { repo: "", path: conflicts[0] } } : {}),
      };
    }
    return { ok: false, changed: false, message: error.message };
  }
}
