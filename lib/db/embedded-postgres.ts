// The embedded default: PGlite (PostgreSQL compiled to WebAssembly) persisted in a folder and
// served on 127.0.0.1 over the PostgreSQL wire protocol, so the app reaches it through the
// same `pg` + @prisma/adapter-pg path it uses for a real PostgreSQL server.
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireDataDirLock } from "./data-dir-lock";

export interface EmbeddedPostgres {
  /** A postgres:// URL for `pg` and Prisma. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the lock and the `pglite/` data directory. */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /**
   * PGlite runs one query at a time; the socket server queues the rest. Clients beyond this
   * number are refused, so every pool pointed at it must stay below it in total.
   */
  maxConnections?: number;
}

/**
 * Starts PGlite on `dataDir` (creating it on first use, which takes a few seconds) and serves it.
 * @example const db = await startEmbeddedPostgres({ dataDir: "data" }); … await db.stop();
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const releaseLock = acquireDataDirLock(options.dataDir);
  let db: PGlite | undefined;
  try {
    db = await PGlite.create(path.join(options.dataDir, "pglite"));
    const server = new PGLiteSocketServer({
      db,
      host: "127.0.0.1",
      port: options.port ?? 0,
      maxConnections: options.maxConnections ?? 24,
    });
    await server.start();
    const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    const pglite = db;
    return {
      url,
      async stop() {
        await server.stop();
        await pglite.close();
        releaseLock();
      },
    };
  } catch (error) {
    await db?.close().catch(() => {});
    releaseLock();
    throw error;
  }
}
