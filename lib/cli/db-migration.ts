// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/ from the
// change in prisma/schema.prisma. The engine needs a live database even to diff, so this
// starts the embedded one on a throwaway folder when DATABASE_URL is unset.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { createMigration } from "../db/migrations";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (for example: npm run db:migration -- add_cohorts)");
  process.exit(2);
}

const scratch = process.env.DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), "reconcile-diff-"));
const embedded = scratch ? await startEmbeddedPostgres({ dataDir: scratch }) : null;
try {
  const created = await createMigration({
    databaseUrl: process.env.DATABASE_URL ?? embedded!.url,
    schemaPath: "prisma/schema.prisma",
    migrationsDir: "prisma/migrations",
    name,
    now: new Date(),
  });
  console.log(created ? `Created prisma/migrations/${created}/migration.sql` : "The schema has not changed: no migration created.");
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}
