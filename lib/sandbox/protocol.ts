// The messages between the page and the sandbox worker, validated with zod on both sides: a
// malformed message is answered with an error instead of corrupting either side.
import { z } from "zod";
import { commandResultSchema, objectIdSchema, sandboxCommandSchema } from "./commands";
import { fileDiffSchema, liveObjectViewSchema, sandboxViewSchema } from "./view-schema";

const requestId = z.number().int().nonnegative();

export const clockSpeedSchema = z.union([z.literal(1), z.literal(10), z.literal(60)]);

/** Page → worker. Every request carries an id; the worker answers with the same id. */
export const workerRequestSchema = z.discriminatedUnion("type", [
  /** Open a scenario: restore the saved state if there is one, else start from the seed. */
  z.object({ id: requestId, type: z.literal("open"), scenario: z.string().min(1).max(100), shared: z.string().max(200_000).optional() }),
  z.object({ id: requestId, type: z.literal("command"), command: sandboxCommandSchema }),
  z.object({ id: requestId, type: z.literal("clock"), running: z.boolean().optional(), speed: clockSpeedSchema.optional() }),
  /** Advance to the next due reconcile (Argo CD refresh or Flux interval). */
  z.object({ id: requestId, type: z.literal("step") }),
  z.object({ id: requestId, type: z.literal("undo") }),
  z.object({ id: requestId, type: z.literal("reset") }),
  z.object({ id: requestId, type: z.literal("read-file"), repo: z.string(), path: z.string(), revision: z.string().optional() }),
  z.object({ id: requestId, type: z.literal("diff-worktree"), repo: z.string() }),
  z.object({ id: requestId, type: z.literal("diff-commits"), repo: z.string(), from: z.string().nullable(), to: z.string() }),
  z.object({ id: requestId, type: z.literal("diff-pull-request"), repo: z.string(), number: z.number().int().positive() }),
  z.object({ id: requestId, type: z.literal("live-object"), cluster: z.string(), object: objectIdSchema }),
  z.object({ id: requestId, type: z.literal("complete"), line: z.string().max(4000) }),
  z.object({ id: requestId, type: z.literal("export-repository"), repo: z.string() }),
  /** The command log, encoded for a share link. */
  z.object({ id: requestId, type: z.literal("share") }),
]);

export type WorkerRequest = z.infer<typeof workerRequestSchema>;
export type WorkerRequestInput = z.input<typeof workerRequestSchema>;
/** A request without its id (the client numbers them). */
export type RequestBody = WorkerRequestInput extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

export const replyDataSchema = z.union([
  z.object({ kind: z.literal("command"), result: commandResultSchema }),
  z.object({ kind: z.literal("file"), content: z.string().nullable() }),
  z.object({ kind: z.literal("diff"), files: z.array(fileDiffSchema) }),
  z.object({ kind: z.literal("live-object"), view: liveObjectViewSchema }),
  z.object({ kind: z.literal("completions"), items: z.array(z.string()), replaceFrom: z.number().int().nonnegative() }),
  z.object({ kind: z.literal("export"), filename: z.string(), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, "Expected bytes.") }),
  z.object({ kind: z.literal("share"), token: z.string() }),
  z.object({ kind: z.literal("done") }),
]);

export type ReplyData = z.infer<typeof replyDataSchema>;

/** Worker → page. */
export const workerMessageSchema = z.union([
  z.object({ type: z.literal("reply"), id: requestId, ok: z.literal(true), data: replyDataSchema }),
  z.object({ type: z.literal("reply"), id: requestId, ok: z.literal(false), error: z.string() }),
  z.object({ type: z.literal("view"), view: sandboxViewSchema }),
  /** Something the learner should know that is not an answer: restored, storage full… */
  z.object({ type: z.literal("notice"), level: z.enum(["info", "error"]), message: z.string() }),
]);

export type WorkerMessage = z.infer<typeof workerMessageSchema>;
