// A merge or revert that stopped on conflicts. Real git records it as MERGE_HEAD and
// REVERT_HEAD; lib/git keeps one JSON file under .git/reconcile/ (git ignores unknown files
// there), so the state is plain data that concludeMerge and abortMerge read back.
import { z } from "zod";
import type { GitContext } from "./git-context";
import { GitError } from "./git-error";
import { makeDirectories, pathExists, toBytes, toText } from "./worktree-fs";

export const conflictHunkSchema = z.object({
  /** 1-based line of the `<<<<<<<` marker in the working-tree file. */
  startLine: z.number(),
  /** 1-based line of the `>>>>>>>` marker. */
  endLine: z.number(),
  ours: z.array(z.string()),
  base: z.array(z.string()),
  theirs: z.array(z.string()),
});

export const fileConflictSchema = z.object({
  path: z.string(),
  /** content: both sides edited the same lines; add/add: both added different files; modify/delete: one side deleted what the other changed. */
  kind: z.enum(["content", "add/add", "modify/delete", "delete/modify", "binary"]),
  hunks: z.array(conflictHunkSchema),
});

export type ConflictHunk = z.infer<typeof conflictHunkSchema>;
export type FileConflict = z.infer<typeof fileConflictSchema>;

const operationStateSchema = z.object({
  kind: z.enum(["merge", "revert"]),
  /** The branch the result is committed to. */
  branch: z.string(),
  /** The second parent of a merge commit; the reverted commit for a revert. */
  theirs: z.string(),
  message: z.string(),
  conflicts: z.array(fileConflictSchema),
});

export type OperationState = z.infer<typeof operationStateSchema>;

const STATE_DIR = ".git/reconcile";
const STATE_FILE = `${STATE_DIR}/operation.json`;

export async function readOperationState(ctx: GitContext): Promise<OperationState | undefined> {
  const path = `${ctx.dir}/${STATE_FILE}`;
  if (!(await pathExists(ctx.fs, path))) return undefined;
  return operationStateSchema.parse(JSON.parse(toText(toBytes(await ctx.fs.promises.readFile(path)))));
}

export async function writeOperationState(ctx: GitContext, state: OperationState): Promise<void> {
  await makeDirectories(ctx.fs, ctx.dir, [STATE_DIR]);
  await ctx.fs.promises.writeFile(`${ctx.dir}/${STATE_FILE}`, `${JSON.stringify(state, null, 2)}\n`);
}

export async function clearOperationState(ctx: GitContext): Promise<void> {
  await ctx.fs.promises.unlink(`${ctx.dir}/${STATE_FILE}`);
}

/** OPERATION_IN_PROGRESS while a merge or revert waits for its conflicts to be resolved. */
export async function assertNoOperationInProgress(ctx: GitContext, action: string): Promise<void> {
  const state = await readOperationState(ctx);
  if (state) {
    throw new GitError("OPERATION_IN_PROGRESS", `A ${state.kind} is in progress: conclude or abort it before you ${action}.`, {
      kind: state.kind,
      conflicts: state.conflicts.map((conflict) => conflict.path),
    });
  }
}
