import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Database } from "@/lib/db/prisma-client";
import type { ContentCatalog } from "@/lib/progress/progress-input";
import { readChecklistProgress, recordChecklistTicks } from "@/lib/progress/record-checklist-ticks";
import { recordQuizResult } from "@/lib/progress/record-quiz-result";
import { makeAuth, openDatabase, signUp, uniqueEmail } from "./auth-harness";

let db: Database;
let userId: string;
const catalog: ContentCatalog = new Map([
  ["3.1", { items: new Set(["four-principles", "pull-vs-push"]), quizQuestions: 6 }],
  ["3.2", { items: new Set(["monorepo"]), quizQuestions: 7 }],
]);

beforeAll(async () => {
  db = openDatabase(inject("databaseUrl"));
  const email = uniqueEmail("progress");
  await signUp(makeAuth(db, { max: 1000 }), "Pia Progress", email);
  userId = (await db.user.findUniqueOrThrow({ where: { email } })).id;
});
afterAll(async () => {
  await db.$disconnect();
});

test("ticks are saved per learner, idempotently, and unticking is saved too", async () => {
  const tick = { moduleId: "3.1", itemId: "four-principles", done: true };
  expect(await recordChecklistTicks(db, catalog, userId, { ticks: [tick] })).toMatchObject({ ok: true });
  expect(await recordChecklistTicks(db, catalog, userId, { ticks: [tick, { moduleId: "3.2", itemId: "monorepo", done: true }] })).toMatchObject({ ok: true });
  expect(await db.checklistTick.count({ where: { userId } })).toBe(2);
  expect(await readChecklistProgress(db, userId)).toEqual({ "3.1": ["four-principles"], "3.2": ["monorepo"] });
  await recordChecklistTicks(db, catalog, userId, { ticks: [{ ...tick, done: false }] });
  expect(await readChecklistProgress(db, userId)).toEqual({ "3.2": ["monorepo"] });
});

test("an unknown item refuses the whole request, and nothing is half-written", async () => {
  const before = await db.checklistTick.count({ where: { userId } });
  const result = await recordChecklistTicks(db, catalog, userId, {
    ticks: [
      { moduleId: "3.1", itemId: "pull-vs-push", done: true },
      { moduleId: "3.1", itemId: "made-up", done: true },
    ],
  });
  expect(result).toEqual({ ok: false, status: 404, message: "There is no checklist item made-up in module 3.1." });
  expect(await db.checklistTick.count({ where: { userId } })).toBe(before);
  expect(await recordChecklistTicks(db, catalog, userId, { ticks: [] })).toMatchObject({ ok: false, status: 400 });
  expect(await recordChecklistTicks(db, catalog, userId, "nonsense")).toMatchObject({ ok: false, status: 400 });
});

test("quiz results keep the best score and the last attempt", async () => {
  const now = new Date("2026-11-25T12:00:00Z");
  expect(await recordQuizResult(db, catalog, userId, { moduleId: "3.1", score: 4, total: 6 }, now)).toEqual({ ok: true, value: { bestScore: 4, lastScore: 4, total: 6, attempts: 1 } });
  expect(await recordQuizResult(db, catalog, userId, { moduleId: "3.1", score: 2, total: 6 }, now)).toEqual({ ok: true, value: { bestScore: 4, lastScore: 2, total: 6, attempts: 2 } });
  expect(await recordQuizResult(db, catalog, userId, { moduleId: "3.1", score: 6, total: 6 }, now)).toEqual({ ok: true, value: { bestScore: 6, lastScore: 6, total: 6, attempts: 3 } });
  expect(await recordQuizResult(db, catalog, userId, { moduleId: "3.1", score: 7, total: 6 }, now)).toMatchObject({ ok: false, status: 400 });
  expect(await recordQuizResult(db, catalog, userId, { moduleId: "9.9", score: 1, total: 6 }, now)).toMatchObject({ ok: false, status: 404 });
});
