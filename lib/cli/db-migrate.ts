// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
// database under DATA_DIR when DATABASE_URL is unset (stop `npm start` first: the embedded
// database takes one process at a time).
import { parseServerEnv } from "../config/server-env";
import { checkConnection, describeDatabaseUrl } from "../db/check-connection";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations } from "../db/migrations";

async function main() {
  const env = parseServerEnv(process.env);
  const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: env.DATA_DIR });
  try {
    const url = env.DATABASE_URL ?? embedded!.url;
    if (env.DATABASE_URL) {
      const check = await checkConnection(url);
      if (!check.ok) throw new Error(`Cannot reach the database named by DATABASE_URL (${describeDatabaseUrl(url)}): ${check.reason}.`);
    }
    const applied = await applyMigrations(url, "prisma/migrations");
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "The database schema is up to date.");
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
