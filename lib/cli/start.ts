// `npm start`: everything a fresh clone needs, in plain Node outside Next's bundle.
//   1. check the environment and the port;
//   2. with DATABASE_URL unset, start the embedded PostgreSQL (PGlite) under DATA_DIR;
//      otherwise check that DATABASE_URL answers;
//   3. apply migrations; seed demo accounts into an empty embedded database;
//   4. build if the sources changed since the last build;
//   5. run the web server (lib/cli/serve.mjs) as a child that dies with this process.
// Every failure a person can cause ends in one line naming what to change, not a stack trace.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { loadOrCreateAuthSecret } from "../auth/auth-secret";
import { seedDemoAccounts } from "../auth/seed-demo-accounts";
import { parseServerEnv, type ServerEnv } from "../config/server-env";
import { checkConnection, describeDatabaseUrl } from "../db/check-connection";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations } from "../db/migrations";
import { createPrismaClient } from "../db/prisma-client";
import { computeBuildStamp, isBuildCurrent, recordBuildStamp } from "./build-stamp";
import { assertPortFree } from "./port-check";

const require = createRequire(import.meta.url);
const root = process.cwd();
const devMode = process.argv.includes("--dev");

class StartError extends Error {
  readonly code = "START_FAILED";
}

function log(message: string) {
  console.log(`reconcile: ${message}`);
}

/** Runs a Node script as a child that receives SIGTERM if this process dies (setpriv). */
function spawnNode(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const command = [process.execPath, ...args];
  const [file, ...rest] = existsSync("/usr/bin/setpriv") ? ["/usr/bin/setpriv", "--pdeathsig", "TERM", "--", ...command] : command;
  return spawn(file, rest, { cwd: root, env, stdio: "inherit" });
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function prepareDatabase(env: ServerEnv): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  if (!env.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR });
    log(`embedded PostgreSQL (PGlite) on ${new URL(embedded.url).host}, data in ${env.DATA_DIR}/pglite`);
    return { url: embedded.url, embedded };
  }
  const check = await checkConnection(env.DATABASE_URL);
  if (!check.ok) {
    throw new StartError(`Cannot reach the database named by DATABASE_URL (${describeDatabaseUrl(env.DATABASE_URL)}): ${check.reason}.`);
  }
  log(`PostgreSQL at ${describeDatabaseUrl(env.DATABASE_URL)} answered in ${check.latencyMs} ms`);
  return { url: env.DATABASE_URL, embedded: null };
}

async function seedEmbedded(databaseUrl: string, env: ServerEnv) {
  const db = createPrismaClient(databaseUrl, 2);
  try {
    const fixed = env.SEED_DEMO_PASSWORD;
    const seeded = await seedDemoAccounts(db, fixed ? () => fixed : undefined);
    if (seeded.length === 0) return;
    log("the database was empty: demo accounts created. Their passwords are shown only this once:");
    for (const account of seeded) console.log(`    ${account.role.padEnd(11)} ${account.email.padEnd(26)} ${account.password}`);
  } finally {
    await db.$disconnect();
  }
}

async function buildIfNeeded(env: NodeJS.ProcessEnv) {
  const stamp = computeBuildStamp(root);
  if (isBuildCurrent(root, stamp)) return;
  log("building the app (the sources changed since the last build)…");
  // Broken content fails here with file:line, before a long build.
  const checked = await waitForExit(spawnNode(["--conditions=react-server", "--import", "tsx", "lib/cli/content-check.ts"], env));
  if (checked !== 0) throw new StartError("The content is not valid (the problems are listed above).");
  const code = await waitForExit(spawnNode([require.resolve("next/dist/bin/next"), "build"], env));
  if (code !== 0) throw new StartError("The build failed (its errors are above).");
  recordBuildStamp(root, stamp);
}

async function main() {
  const env = parseServerEnv(process.env);
  await assertPortFree(env.PORT);
  if (env.DATABASE_URL && !env.BETTER_AUTH_SECRET && !devMode) {
    throw new StartError(
      "BETTER_AUTH_SECRET is not set. With DATABASE_URL set Reconcile runs in production and needs a fixed secret " +
        "of at least 32 characters (e.g. `openssl rand -base64 32`); a new one at every start would sign everyone out.",
    );
  }
  const { url, embedded } = await prepareDatabase(env);
  let child: ChildProcess | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child?.kill("SIGKILL"), 5_000);
      await waitForExit(child);
      clearTimeout(timer);
    }
    await embedded?.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  try {
    const secret = env.BETTER_AUTH_SECRET ?? loadOrCreateAuthSecret(env.DATA_DIR);
    const applied = await applyMigrations(url, "prisma/migrations");
    log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(", ")}` : "database schema is up to date");
    if (embedded) await seedEmbedded(url, env);
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(env.PORT),
      DATABASE_URL: url,
      BETTER_AUTH_SECRET: secret,
      RECONCILE_EMBEDDED_DB: embedded ? "1" : "0",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (!devMode) await buildIfNeeded(childEnv);
    log(`serving on http://localhost:${env.PORT}`);
    child = devMode
      ? spawnNode([require.resolve("next/dist/bin/next"), "dev", "-p", String(env.PORT)], childEnv)
      : spawnNode(["lib/cli/serve.mjs"], childEnv);
    const code = await waitForExit(child);
    await stop(code);
  } catch (error) {
    await embedded?.stop().catch(() => {});
    throw error;
  }
}

main().catch((error: Error & { code?: string }) => {
  // Errors with a code are ours and already say what to do; anything else is unexpected,
  // so its stack goes to the log too.
  console.error(`reconcile: ${error.code ? error.message : `could not start: ${error.message}`}`);
  if (!error.code) console.error(error.stack);
  process.exit(1);
});
