// One way to reach the database, embedded or not: `pg` through Prisma's driver adapter.
// Building the client does not connect, so `next build` can import modules that use it
// without a database (it connects on the first query).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Database = PrismaClient;

/**
 * @example const db = createPrismaClient(process.env.DATABASE_URL!); await db.user.count();
 */
export function createPrismaClient(databaseUrl: string | undefined, poolMax = 10): Database {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: poolMax,
    // Fail a query fast instead of hanging when the database is gone.
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}
