// Start the product exactly as `npm start` does — building if needed — on a free port with a
// fresh embedded database; used by the end-to-end suite and the page benchmark.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../../lib/cli/port-check";
import { DEMO_PASSWORD } from "./demo-accounts";

async function waitForHealth(url: string, child: ReturnType<typeof spawn>, timeoutMs: number, logFile: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs / 1000} s; see ${logFile}`);
}

export async function startServer(logFile: string): Promise<{ baseURL: string; stop(): Promise<void> }> {
  const port = await findFreePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "reconcile-e2e-"));
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      SEED_DEMO_PASSWORD: DEMO_PASSWORD,
      // The suite signs in and up more often than a person would from one address.
      AUTH_RATE_LIMIT_MAX: "1000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHealth(baseURL, child, 300_000, logFile);
  return {
    baseURL,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
