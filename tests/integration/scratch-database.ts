// Fresh, empty databases for integration tests: a new PGlite data directory served on a free
// port by default, or a new database inside the PostgreSQL named by TEST_DATABASE_URL.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export interface ScratchDatabase {
  url: string;
  /** "embedded" or "postgresql", for test names and messages. */
  kind: "embedded" | "postgresql";
  drop(): Promise<void>;
}

async function createInPostgres(adminUrl: string): Promise<ScratchDatabase> {
  const name = `reconcile_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgresql",
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function createEmbedded(): Promise<ScratchDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "reconcile-test-db-"));
  const embedded = await startEmbeddedPostgres({ dataDir });
  return {
    url: embedded.url,
    kind: "embedded",
    async drop() {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function createScratchDatabase(): Promise<ScratchDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  return adminUrl ? createInPostgres(adminUrl) : createEmbedded();
}
