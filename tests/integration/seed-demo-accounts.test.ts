import { afterAll, beforeAll, expect, test } from "vitest";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "@/lib/auth/seed-demo-accounts";
import { applyMigrations } from "@/lib/db/migrations";
import type { Database } from "@/lib/db/prisma-client";
import { makeAuth, openDatabase, post } from "./auth-harness";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-database";

let database: ScratchDatabase;
let db: Database;
beforeAll(async () => {
  database = await createScratchDatabase();
  await applyMigrations(database.url, "prisma/migrations");
  db = openDatabase(database.url);
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

test("an empty database gets one demo account per role, each able to sign in; a second run adds nothing", async () => {
  const seeded = await seedDemoAccounts(db);
  expect(seeded.map((account) => [account.role, account.email])).toEqual(DEMO_ACCOUNTS.map((account) => [account.role, account.email]));
  expect(new Set(seeded.map((account) => account.password)).size).toBe(4);
  for (const account of seeded) expect(account.password.length).toBeGreaterThanOrEqual(16);

  const auth = makeAuth(db);
  for (const account of seeded) {
    const response = await post(auth, "/sign-in/email", { email: account.email, password: account.password });
    expect(response.status, account.email).toBe(200);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") }) });
    expect((session?.user as { role?: string } | undefined)?.role).toBe(account.role);
  }

  expect(await seedDemoAccounts(db)).toEqual([]);
  expect(await db.user.count()).toBe(4);
});
