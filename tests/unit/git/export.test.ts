import * as nodeFs from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { createRepository, createTag, exportRepository, mergeBranch, openPullRequest, readLog, type GitFs } from "@/lib/git";
import { loadSeed } from "./load-seed";
import { memoryRepo, rejection } from "./memory-repo";
import { hasGit, runGit } from "./system-git";

const MERGE = "4900df37ee3cfeb5304540ea8a3a7c950fc17fca";

async function exportedHistory() {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  await mergeBranch(repo, { branch: "scale-web" });
  await createTag(repo, { name: "v1.0.0", message: "First release" });
  await openPullRequest(repo, { source: "add-probe", base: "main", title: "Probe" });
  const root = mkdtempSync(path.join(tmpdir(), "reconcile-export-"));
  const dir = path.join(root, "shop");
  const copied = await exportRepository(repo, nodeFs as unknown as GitFs, { dir });
  return { repo, root, dir, copied };
}

test("the export copies .git and the working tree, but not lib/git's own state", async () => {
  const { root, copied } = await exportedHistory();
  try {
    expect(copied.filter((file) => !file.startsWith(".git/"))).toEqual(["README.md", "k8s/deployment.yaml", "k8s/service.yaml"]);
    expect(copied).toContain(".git/HEAD");
    expect(copied).toContain(".git/refs/tags/v1.0.0");
    expect(copied.some((file) => file.startsWith(".git/reconcile"))).toBe(false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test.runIf(hasGit)("real git reads the export: fsck is clean and the log has the same SHAs", async () => {
  const { repo, root, dir } = await exportedHistory();
  try {
    expect(runGit(["fsck", "--full", "--strict"], dir)).toBe("");
    const expected = (await readLog(repo)).map((entry) => entry.oid);
    expect(expected[0]).toBe(MERGE);
    expect(runGit(["log", "--format=%H", "main"], dir).trim().split("\n")).toEqual(expected);
    expect(runGit(["rev-parse", "v1.0.0^{commit}"], dir).trim()).toBe(MERGE);
    expect(runGit(["status", "--porcelain"], dir)).toBe("");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("exporting into a non-empty directory is refused", async () => {
  const { repo, root, dir } = await exportedHistory();
  try {
    expect((await rejection(exportRepository(repo, nodeFs as unknown as GitFs, { dir }))).code).toBe("ALREADY_EXISTS");
    expect((await rejection(exportRepository(repo, nodeFs as unknown as GitFs, { dir: "relative" }))).code).toBe("INVALID_ARGUMENT");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
