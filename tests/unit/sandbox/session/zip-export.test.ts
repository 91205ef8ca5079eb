// "Download repository" must give a repository real git accepts: unzip it on the real fs, then
// let git check every object and compare what it sees with what the session shows.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, expect, test } from "vitest";
import { SandboxSession } from "@/lib/sandbox/sandbox-session";
import { finalFiles } from "../scenarios/boot-scenario";
import { hasGit, runGit } from "../../git/system-git";
import { DEPLOYMENT, memoryStorage, RUNNING, scenarioById, SHOP_REPO } from "./session-fixtures";

const scenario = scenarioById("argocd-single-app");
let root: string;
let session: SandboxSession;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "reconcile-zip-"));
  session = await SandboxSession.start(scenario, memoryStorage());
  const files = finalFiles(scenario);
  for (const command of [
    { type: "create-branch", repo: SHOP_REPO, name: "feature/scale", checkout: true },
    { type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: files[DEPLOYMENT].replace("replicas: 2", "replicas: 5") },
    { type: "commit", repo: SHOP_REPO, message: "Run 5 replicas", all: true },
    { type: "switch-branch", repo: SHOP_REPO, name: "main" },
    { type: "open-pull-request", repo: SHOP_REPO, source: "feature/scale", base: "main", title: "Scale", description: "" },
    { type: "approve-pull-request", repo: SHOP_REPO, number: 1 },
    { type: "advance", ms: 2000 },
    { type: "merge-pull-request", repo: SHOP_REPO, number: 1 },
    { type: "write-file", repo: SHOP_REPO, path: "docs/notes.md", content: "Scaled to 5.\n" },
    { type: "commit", repo: SHOP_REPO, message: "Notes", all: true },
  ] as const) {
    expect((await session.execute(command)).ok, command.type).toBe(true);
  }
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Unzips `bytes` under a new folder of the temporary root and returns the repository folder. */
function unzipInto(name: string, bytes: Uint8Array, top: string): string {
  const target = path.join(root, name);
  for (const [entry, content] of Object.entries(unzipSync(bytes))) {
    const file = path.join(target, entry);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return path.join(target, top);
}

test("git is installed: the zip tests below run for real", () => {
  expect(hasGit).toBe(true);
});

test("the zip is named after the repository, and its entries sit under one top folder without lib/git's own state", async () => {
  const { filename, bytes } = await session.exportRepository(SHOP_REPO);
  expect(filename).toBe("shop.zip");
  const entries = Object.keys(unzipSync(bytes));
  expect(entries.every((entry) => entry.startsWith("shop/"))).toBe(true);
  expect(entries).toContain("shop/.git/HEAD");
  expect(entries).toContain("shop/docs/notes.md");
  expect(entries.some((entry) => entry.startsWith("shop/.git/reconcile"))).toBe(false);
  // The same repository always zips to the same bytes (a fixed modification time).
  expect((await session.exportRepository(SHOP_REPO)).bytes).toEqual(bytes);
});

test("real git accepts the unzipped repository: fsck --strict is clean, HEAD and every branch match, the tree is clean", async () => {
  const dir = unzipInto("clean", (await session.exportRepository(SHOP_REPO)).bytes, "shop");
  const view = (await session.view(RUNNING)).repositories[0];
  expect(runGit(["fsck", "--full", "--strict"], dir)).toBe("");
  expect(runGit(["log", "--format=%H", "-1"], dir).trim()).toBe(view.head.oid);
  expect(runGit(["symbolic-ref", "--short", "HEAD"], dir).trim()).toBe(view.head.branch);
  expect(runGit(["for-each-ref", "--format=%(refname:short) %(objectname)", "refs/heads"], dir).trim().split("\n")).toEqual(
    view.branches.map((branch) => `${branch.name} ${branch.oid}`),
  );
  expect(runGit(["rev-list", "--all"], dir).trim().split("\n").sort()).toEqual(view.commits.map((commit) => commit.oid).sort());
  expect(runGit(["status", "--porcelain"], dir)).toBe("");
  expect(runGit(["show", `HEAD:${DEPLOYMENT}`], dir)).toBe(await session.readFile(SHOP_REPO, DEPLOYMENT));
});

test("an uncommitted edit is exported too: git status shows it, and only it", async () => {
  const storage = memoryStorage();
  const dirty = await SandboxSession.start(scenario, storage);
  await dirty.execute({ type: "write-file", repo: SHOP_REPO, path: "README.md", content: "# shop\n\nEdited, not committed.\n" });
  const dir = unzipInto("dirty", (await dirty.exportRepository(SHOP_REPO)).bytes, "shop");
  expect(runGit(["fsck", "--full", "--strict"], dir)).toBe("");
  expect(runGit(["log", "--format=%H", "-1"], dir).trim()).toBe((await dirty.view(RUNNING)).repositories[0].head.oid);
  expect(runGit(["status", "--porcelain"], dir)).toBe(" M README.md\n");
});
