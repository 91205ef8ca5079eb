import type { Database } from "@/lib/db/prisma-client";
import { checklistTicksInput, type ChecklistTickInput, type ContentCatalog, type ProgressResult } from "./progress-input";

/**
 * Saves ticks (ticked or unticked) for one learner — idempotent: sending the same tick twice
 * leaves one row. All or nothing: one unknown item refuses the whole request.
 * @example await recordChecklistTicks(db, catalog, userId, { ticks: [{ moduleId: "3.1", itemId: "four-principles", done: true }] })
 */
export async function recordChecklistTicks(db: Database, catalog: ContentCatalog, userId: string, input: unknown): Promise<ProgressResult<ChecklistTickInput[]>> {
  const parsed = checklistTicksInput.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0].message };
  for (const tick of parsed.data.ticks) {
    if (!catalog.get(tick.moduleId)?.items.has(tick.itemId)) {
      return { ok: false, status: 404, message: `There is no checklist item ${tick.itemId} in module ${tick.moduleId}.` };
    }
  }
  await db.$transaction(
    parsed.data.ticks.map((tick) =>
      db.checklistTick.upsert({
        where: { userId_moduleId_itemId: { userId, moduleId: tick.moduleId, itemId: tick.itemId } },
        create: { userId, ...tick },
        update: { done: tick.done },
      }),
    ),
  );
  return { ok: true, value: parsed.data.ticks };
}

/** Module id → the item ids the learner has ticked. */
export async function readChecklistProgress(db: Database, userId: string): Promise<Record<string, string[]>> {
  const rows = await db.checklistTick.findMany({ where: { userId, done: true }, orderBy: [{ moduleId: "asc" }, { itemId: "asc" }] });
  const progress: Record<string, string[]> = {};
  for (const row of rows) (progress[row.moduleId] ??= []).push(row.itemId);
  return progress;
}
