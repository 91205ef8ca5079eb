import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { checkConnection } from "@/lib/db/check-connection";
import { checkDatabaseHealth } from "@/lib/db/database-health";
import { findFreePort } from "@/lib/cli/port-check";
import type { Database } from "@/lib/db/prisma-client";
import { openDatabase } from "./auth-harness";

let db: Database;
beforeAll(() => {
  db = openDatabase(inject("databaseUrl"));
});
afterAll(async () => {
  await db.$disconnect();
});

test("a reachable database is up, with its latency", async () => {
  const health = await checkDatabaseHealth(db);
  expect(health.status).toBe("up");
  expect(await checkConnection(inject("databaseUrl"))).toMatchObject({ ok: true });
});

test("an unreachable database is down, with the reason", async () => {
  const port = await findFreePort();
  const unreachable = openDatabase(`postgres://nobody:secret@127.0.0.1:${port}/nothing`);
  try {
    const health = await checkDatabaseHealth(unreachable);
    expect(health.status).toBe("down");
    expect(health.status === "down" && health.reason.length).toBeGreaterThan(0);
  } finally {
    await unreachable.$disconnect();
  }
  const check = await checkConnection(`postgres://nobody:secret@127.0.0.1:${port}/nothing`);
  expect(check).toEqual({ ok: false, reason: `connect ECONNREFUSED 127.0.0.1:${port}` });
});
