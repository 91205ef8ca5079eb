import type { Database } from "@/lib/db/prisma-client";
import { quizResultInput, type ContentCatalog, type ProgressResult } from "./progress-input";

export interface QuizResultView {
  bestScore: number;
  lastScore: number;
  total: number;
  attempts: number;
}

/** Records a finished quiz attempt: the last score, and the best so far. */
export async function recordQuizResult(db: Database, catalog: ContentCatalog, userId: string, input: unknown, now: Date): Promise<ProgressResult<QuizResultView>> {
  const parsed = quizResultInput.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0].message };
  const { moduleId, score, total } = parsed.data;
  const entry = catalog.get(moduleId);
  if (!entry) return { ok: false, status: 404, message: `There is no module ${moduleId}.` };
  if (total !== entry.quizQuestions || score > total) return { ok: false, status: 400, message: `Module ${moduleId}'s quiz has ${entry.quizQuestions} questions.` };
  const row = await db.$transaction(async (tx) => {
    const previous = await tx.quizResult.findUnique({ where: { userId_moduleId: { userId, moduleId } } });
    return tx.quizResult.upsert({
      where: { userId_moduleId: { userId, moduleId } },
      create: { userId, moduleId, bestScore: score, lastScore: score, total, attempts: 1, lastAttemptAt: now },
      update: { bestScore: Math.max(previous?.bestScore ?? 0, score), lastScore: score, total, attempts: (previous?.attempts ?? 0) + 1, lastAttemptAt: now },
    });
  });
  return { ok: true, value: { bestScore: row.bestScore, lastScore: row.lastScore, total: row.total, attempts: row.attempts } };
}
