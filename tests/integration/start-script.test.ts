// `npm start` as a person runs it: each mistake a person can make ends in one line that
// names what to change, and no stack trace. (None of these get as far as building.)
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { findFreePort } from "@/lib/cli/port-check";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "reconcile-start-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runStart(env: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
      env: { NODE_ENV: "production" as const, PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: path.join(scratch, "data"), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 50_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function expectOneLine(outcome: Outcome, ...needles: string[]) {
  expect(outcome.code).toBe(1);
  const lines = outcome.stderr.trim().split("\n");
  expect(lines, outcome.stderr).toHaveLength(1);
  for (const needle of needles) expect(lines[0]).toContain(needle);
  expect(outcome.stderr).not.toMatch(/\n\s+at /);
}

test("an unreachable DATABASE_URL stops start-up with one line naming DATABASE_URL and the cause", async () => {
  const port = await findFreePort();
  const outcome = await runStart({
    PORT: String(await findFreePort()),
    DATABASE_URL: `postgres://app:hunter2@127.0.0.1:${port}/reconcile`,
    BETTER_AUTH_SECRET: "x".repeat(40),
  });
  expectOneLine(outcome, "DATABASE_URL", `127.0.0.1:${port}/reconcile`, "ECONNREFUSED");
  // The password in the URL is never printed.
  expect(outcome.stderr + outcome.stdout).not.toContain("hunter2");
});

test("a malformed DATABASE_URL is named", async () => {
  const outcome = await runStart({ PORT: String(await findFreePort()), DATABASE_URL: "mysql://somewhere/db" });
  expectOneLine(outcome, "DATABASE_URL", "postgres://");
});

test("production (DATABASE_URL set) without BETTER_AUTH_SECRET stops with one line saying so", async () => {
  const outcome = await runStart({ PORT: String(await findFreePort()), DATABASE_URL: "postgres://127.0.0.1:5432/reconcile" });
  expectOneLine(outcome, "BETTER_AUTH_SECRET");
});

test("a taken port stops start-up with one line naming the port and PORT", async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const outcome = await runStart({ PORT: String(port) });
    expectOneLine(outcome, `Port ${port}`, "PORT");
  } finally {
    blocker.close();
  }
});

test("an invalid PORT is named", async () => {
  const outcome = await runStart({ PORT: "eighty" });
  expectOneLine(outcome, "PORT");
});

test("a second instance on the same data directory stops instead of sharing it", async () => {
  const dataDir = path.join(scratch, "shared");
  const first = await startEmbeddedPostgres({ dataDir });
  try {
    const outcome = await runStart({ PORT: String(await findFreePort()), DATA_DIR: dataDir });
    expectOneLine(outcome, `already in use by another Reconcile (PID ${process.pid})`, "DATA_DIR");
  } finally {
    await first.stop();
  }
});
