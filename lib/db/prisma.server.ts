import "server-only";
import { parseServerEnv } from "@/lib/config/server-env";
import { createPrismaClient, type Database } from "./prisma-client";

// One client per server process; `next dev` re-evaluates modules on every change, so the
// client is kept on globalThis there instead of opening a new pool each time.
const globalForPrisma = globalThis as { reconcilePrisma?: Database };

function createAppClient(): Database {
  const env = parseServerEnv(process.env);
  return createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_MAX);
}

export const prisma: Database = globalForPrisma.reconcilePrisma ?? createAppClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.reconcilePrisma = prisma;
