// Prisma's schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm), driven through
// the same driver adapter as the app. Prisma's CLI would download a native engine for
// `migrate`; that download is refused on these machines, and the wasm build is Prisma's own
// engine, so migrations stay byte-compatible with `prisma migrate deploy`.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

const require = createRequire(import.meta.url);

/** The subset of the engine's API this project uses (see schema_engine.d.ts in the package). */
export interface SchemaEngine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

interface EngineModule {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: {
    new: (options: unknown, log: (message: string) => void, adapter: object) => Promise<SchemaEngine>;
  };
}

let enginePromise: Promise<EngineModule> | undefined;

/**
 * Node 20 cannot import the package entry (it imports a .wasm file as a module), so the
 * wasm-bindgen glue is loaded on its own and the module instantiated by hand.
 */
async function loadEngineModule(): Promise<EngineModule> {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(pathToFileURL(gluePath).href)) as EngineModule;
  const wasmBytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  // A Rust panic inside the engine reports its message through this global before throwing;
  // without it the panic surfaces as "cannot read properties of undefined (reading 'set_message')".
  const globalWithRegistry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  globalWithRegistry.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: () => {} };
  const { instance } = await WebAssembly.instantiate(wasmBytes, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/**
 * adapter-pg's executeScript splits a migration on ";" and runs the pieces one by one, which
 * breaks `$$` function bodies and leaves a half-applied migration when a statement fails.
 * Sending the whole file as one simple-protocol query runs it in one implicit transaction.
 */
class WholeScriptPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const client = adapter.underlyingDriver() as pg.Pool;
    adapter.executeScript = async (script: string) => {
      await client.query(script);
    };
    return adapter;
  }
}

/** Opens the schema engine on a database; the caller must `close()` it. */
export async function openSchemaEngine(databaseUrl: string) {
  enginePromise ??= loadEngineModule();
  const engineModule = await enginePromise;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // Without { schema } the engine fails with "failed to get connection info".
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new WholeScriptPrismaPg(pool, { schema: "public" }));
  const logs: string[] = [];
  try {
    const engine = await engineModule.SchemaEngine.new({ datamodels: undefined }, (message: string) => logs.push(message), adapterFactory);
    return {
      engine,
      async close() {
        engine.free();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
