// The end-to-end run starts the product exactly as `npm start` does — building if needed —
// on a free port with a fresh embedded database, and stops it afterwards.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../../lib/cli/port-check";
import { DEMO_PASSWORD } from "./demo-accounts";

async function waitForHealth(url: string, child: ReturnType<typeof spawn>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}; see test-results/e2e-server.log`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs / 1000} s; see test-results/e2e-server.log`);
}

export default async function globalSetup() {
  const port = await findFreePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "reconcile-e2e-"));
  mkdirSync("test-results", { recursive: true });
  const log = createWriteStream("test-results/e2e-server.log");
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
  await waitForHealth(baseURL, child, 300_000);
  process.env.E2E_BASE_URL = baseURL;
  return async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await rm(dataDir, { recursive: true, force: true });
  };
}
