import type { Database } from "./prisma-client";

export type DatabaseHealth = { status: "up"; latencyMs: number } | { status: "down"; reason: string };

/** One round trip to the database, bounded by `timeoutMs`. */
export async function checkDatabaseHealth(db: Database, timeoutMs = 3_000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // Only the first line: Prisma's messages can run on with internals.
    const reason = (error as Error).message?.split("\n").find((line) => line.trim()) ?? "unknown error";
    return { status: "down", reason: reason.trim() };
  } finally {
    clearTimeout(timer);
  }
}
