import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { acquireDataDirLock, DataDirInUseError } from "@/lib/db/data-dir-lock";

const dirs: string[] = [];
function scratch() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "reconcile-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test("the lock holds this PID and is removed on release", () => {
  const dir = scratch();
  const release = acquireDataDirLock(dir);
  expect(readFileSync(path.join(dir, "reconcile.lock"), "utf8")).toBe(String(process.pid));
  release();
  expect(existsSync(path.join(dir, "reconcile.lock"))).toBe(false);
});

test("a lock held by a live process is refused with its PID", () => {
  const dir = scratch();
  // PID 1 is always alive.
  writeFileSync(path.join(dir, "reconcile.lock"), "1");
  expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
  expect(() => acquireDataDirLock(dir)).toThrow("in use by another Reconcile (PID 1)");
});

test("a stale lock (its process is gone) is taken over", () => {
  const dir = scratch();
  writeFileSync(path.join(dir, "reconcile.lock"), "2147483646");
  const release = acquireDataDirLock(dir);
  expect(readFileSync(path.join(dir, "reconcile.lock"), "utf8")).toBe(String(process.pid));
  release();
});
