import pg from "pg";

export type ConnectionCheck = { ok: true; latencyMs: number } | { ok: false; reason: string };

/** host:port/database of a URL, without the credentials, for messages. */
export function describeDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "(not a valid URL)";
  }
}

function reasonOf(error: unknown): string {
  const err = error as NodeJS.ErrnoException & { errors?: Error[] };
  // An AggregateError (IPv4 and IPv6 both refused) carries its causes in `errors`.
  const first = err.errors?.[0] as NodeJS.ErrnoException | undefined;
  const message = first?.message ?? err.message ?? String(error);
  return message || err.code || "unknown error";
}

/**
 * Connects once and runs `SELECT 1`.
 * @example await checkConnection("postgres://localhost:1/x") // { ok: false, reason: "connect ECONNREFUSED 127.0.0.1:1" }
 */
export async function checkConnection(databaseUrl: string, timeoutMs = 5_000): Promise<ConnectionCheck> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  // A server that drops the connection later would otherwise raise an unhandled 'error'.
  client.on("error", () => {});
  const started = performance.now();
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  } finally {
    await client.end().catch(() => {});
  }
}
