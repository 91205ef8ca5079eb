// What the browser may send about progress, checked at the server's door (zod), and checked
// again against the content: a tick on an item that does not exist is refused, not stored.
import { z } from "zod";

const id = z.string().trim().min(1).max(80);

export const checklistTickInput = z.object({ moduleId: id, itemId: id, done: z.boolean() });
export const checklistTicksInput = z.object({ ticks: z.array(checklistTickInput).min(1).max(200) });
export const quizResultInput = z.object({ moduleId: id, score: z.number().int().min(0), total: z.number().int().min(1).max(100) });

export type ChecklistTickInput = z.infer<typeof checklistTickInput>;
export type QuizResultInput = z.infer<typeof quizResultInput>;

/** Module id → its checklist item ids and quiz length, from content/. */
export type ContentCatalog = ReadonlyMap<string, { items: ReadonlySet<string>; quizQuestions: number }>;

export type ProgressResult<T> = { ok: true; value: T } | { ok: false; status: 400 | 404; message: string };
