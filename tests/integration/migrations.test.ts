import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { applyMigrations, createMigration } from "@/lib/db/migrations";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-database";

let database: ScratchDatabase;
beforeAll(async () => {
  database = await createScratchDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function committedMigrationNames(): Promise<string[]> {
  const entries = await readdir("prisma/migrations", { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

test("migrations apply to an empty database, are recorded as Prisma records them, and a second run is a no-op", async () => {
  const names = await committedMigrationNames();
  expect(names.length).toBeGreaterThan(0);
  expect(await applyMigrations(database.url, "prisma/migrations")).toEqual(names);
  expect(await applyMigrations(database.url, "prisma/migrations")).toEqual([]);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      // `prisma migrate deploy` compares this checksum with the file: they must agree.
      const sql = await readFile(path.join("prisma/migrations", row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
    const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`);
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["_prisma_migrations", "accounts", "rate_limits", "sessions", "users", "verifications"]),
    );
  } finally {
    await client.end();
  }
});

test("the committed migrations match prisma/schema.prisma (no change left without a migration)", async () => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "reconcile-migrations-"));
  try {
    await cp("prisma/migrations", scratch, { recursive: true });
    const created = await createMigration({
      databaseUrl: database.url,
      schemaPath: "prisma/schema.prisma",
      migrationsDir: scratch,
      name: "unexpected",
      now: new Date("2030-01-01T00:00:00Z"),
    });
    expect(created, "prisma/schema.prisma changed without `npm run db:migration -- <name>`").toBeNull();
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});

test("db:migration writes the next migration from a schema change, and it applies", async () => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "reconcile-migrations-"));
  try {
    await cp("prisma/migrations", path.join(scratch, "migrations"), { recursive: true });
    const schema = await readFile("prisma/schema.prisma", "utf8");
    const changed = schema.replace("  image         String?\n", "  image         String?\n  bio           String?\n");
    expect(changed).not.toBe(schema);
    await writeFile(path.join(scratch, "schema.prisma"), changed);
    const created = await createMigration({
      databaseUrl: database.url,
      schemaPath: path.join(scratch, "schema.prisma"),
      migrationsDir: path.join(scratch, "migrations"),
      name: "Add bio",
      now: new Date("2030-01-02T03:04:05Z"),
    });
    expect(created).toBe("20300102030405_add_bio");
    const sql = await readFile(path.join(scratch, "migrations", created!, "migration.sql"), "utf8");
    expect(sql).toContain(`ALTER TABLE "users" ADD COLUMN     "bio" TEXT;`);
    expect(await readFile(path.join(scratch, "migrations", created!, "schema.prisma"), "utf8")).toBe(changed);
    expect(await applyMigrations(database.url, path.join(scratch, "migrations"))).toEqual([created]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
