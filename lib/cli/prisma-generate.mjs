// `prisma generate` without the network. Prisma's CLI insists on locating its native schema
// engine even though generation never runs it, and downloading the engine is refused here.
// Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file (node itself) satisfies the check.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: ["ignore", "pipe", "inherit"],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
if (result.status !== 0) {
  console.error("prisma generate failed (see above).");
  process.exit(result.status ?? 1);
}
