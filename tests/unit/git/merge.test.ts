import { expect, test } from "vitest";
import {
  abortMerge,
  commit,
  concludeMerge,
  createRepository,
  diffWorkingTree,
  listFiles,
  mergeBranch,
  readFile,
  readLog,
  summarizeRepository,
  switchBranch,
  writeFile,
  type FileConflict,
} from "@/lib/git";
import { loadSeed } from "./load-seed";
import { memoryRepo, rejection } from "./memory-repo";

const MAIN = "688bdc65bb371be568ba3c7ea441dd51a3128e6d";
const PROBE = "68b0ecae215194b845e520dc170264d78f295173";
const SCALE = "63aeb82006f39574292c7d1f7ca0dfd101ac0054";

const IMAGE_CONFLICT: FileConflict[] = [
  {
    path: "config.yaml",
    kind: "add/add",
    hunks: [{ startLine: 1, endLine: 5, ours: ["log: info"], base: [], theirs: ["log: debug"] }],
  },
  {
    path: "k8s/deployment.yaml",
    kind: "content",
    hunks: [
      {
        startLine: 11,
        endLine: 15,
        ours: ["          image: shop/web:1.0.1"],
        base: ["          image: shop/web:1.0.0"],
        theirs: ["          image: shop/web:1.1.0"],
      },
    ],
  },
  { path: "k8s/legacy.yaml", kind: "delete/modify", hunks: [] },
];

async function conflictedRepo() {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("conflicting-edits"));
  const error = await rejection(mergeBranch(repo, { branch: "upgrade" }));
  return { repo, error };
}

test("a branch that contains HEAD is fast-forwarded, without a merge commit", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  expect(await mergeBranch(repo, { branch: "add-probe" })).toEqual({ kind: "fast-forward", oid: PROBE });
  expect(await listFiles(repo)).toContain("k8s/probe.yaml");
  expect((await summarizeRepository(repo)).changes).toEqual([]);
  expect(await mergeBranch(repo, { branch: "add-probe" })).toEqual({ kind: "up-to-date", oid: PROBE });
});

test("diverged branches merge three-way into a merge commit with both parents", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  const result = await mergeBranch(repo, { branch: "scale-web" });
  expect(result).toEqual({ kind: "merge-commit", oid: "4900df37ee3cfeb5304540ea8a3a7c950fc17fca" });
  const [merge] = await readLog(repo, { depth: 1 });
  expect(merge).toMatchObject({ message: "Merge branch 'scale-web'\n", parents: [MAIN, SCALE] });
  expect(await readFile(repo, { path: "k8s/deployment.yaml" })).toContain("replicas: 3");
  expect(await readFile(repo, { path: "README.md" })).toContain("selfHeal");
  expect(await diffWorkingTree(repo)).toEqual([]);
});

test("noFastForward makes a merge commit even when a fast-forward was possible", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  await switchBranch(repo, { name: "add-probe" });
  await switchBranch(repo, { name: "main" });
  const result = await mergeBranch(repo, { branch: "add-probe", noFastForward: true, message: "Bring in the probe" });
  expect(result).toEqual({ kind: "merge-commit", oid: "43cefd738fb43050a09adf5729d7ceb51df78fb3" });
  expect((await readLog(repo, { depth: 1 }))[0]).toMatchObject({ message: "Bring in the probe\n", parents: [MAIN, PROBE] });
});

test("a conflicting merge reports files and hunks and leaves git's markers in the working tree", async () => {
  const { repo, error } = await conflictedRepo();
  expect(error).toEqual({
    code: "MERGE_CONFLICT",
    message: "Merging upgrade into main conflicts in config.yaml, k8s/deployment.yaml, k8s/legacy.yaml: resolve the conflicts, then conclude or abort.",
    data: { conflicts: IMAGE_CONFLICT },
  });
  expect(await readFile(repo, { path: "config.yaml" })).toBe("<<<<<<< HEAD\nlog: info\n=======\nlog: debug\n>>>>>>> upgrade\n");
  expect((await readFile(repo, { path: "k8s/deployment.yaml" })).split("\n").slice(9, 15)).toEqual([
    "        - name: web",
    "<<<<<<< HEAD",
    "          image: shop/web:1.0.1",
    "=======",
    "          image: shop/web:1.1.0",
    ">>>>>>> upgrade",
  ]);
  // delete/modify: the modified side survives in the working tree, for the learner to keep or delete.
  expect(await readFile(repo, { path: "k8s/legacy.yaml" })).toBe("kind: ConfigMap\ndata:\n  mode: modern\n");
  expect((await summarizeRepository(repo)).operation).toEqual({
    kind: "merge",
    branch: "main",
    theirs: "9e90adc1ac8da7feadac8e26209c9fa1cf9765de",
    conflicts: ["config.yaml", "k8s/deployment.yaml", "k8s/legacy.yaml"],
  });
});

test("the merge concludes only once every marker is gone, with a two-parent commit", async () => {
  const { repo } = await conflictedRepo();
  const [head] = await readLog(repo, { depth: 1 });
  await writeFile(repo, { path: "config.yaml", content: "log: info\n" });
  expect(await rejection(concludeMerge(repo, {}))).toEqual({
    code: "UNRESOLVED_CONFLICTS",
    message: "Remove the conflict markers from k8s/deployment.yaml first.",
    data: { paths: ["k8s/deployment.yaml"] },
  });
  const deployment = await readFile(repo, { path: "k8s/deployment.yaml" });
  await writeFile(repo, { path: "k8s/deployment.yaml", content: deployment.replace(/<<<<<<< HEAD\n.*\n=======\n(.*\n)>>>>>>> upgrade\n/, "$1") });
  expect((await rejection(commit(repo, { message: "Too early", all: true }))).code).toBe("OPERATION_IN_PROGRESS");
  expect((await rejection(mergeBranch(repo, { branch: "upgrade" }))).code).toBe("OPERATION_IN_PROGRESS");
  expect(await concludeMerge(repo, {})).toBe("3c2277672abb6880dd54e5f2bdbffe8757dccac1");
  const [merge] = await readLog(repo, { depth: 1 });
  expect(merge).toMatchObject({ message: "Merge branch 'upgrade'\n", parents: [head.oid, "9e90adc1ac8da7feadac8e26209c9fa1cf9765de"] });
  expect(await readFile(repo, { path: "k8s/deployment.yaml", ref: "HEAD" })).toContain("image: shop/web:1.1.0");
  expect(await listFiles(repo, { ref: "HEAD" })).toEqual(["config.yaml", "k8s/deployment.yaml", "k8s/legacy.yaml"]);
  expect((await summarizeRepository(repo)).operation).toBeNull();
});

test("aborting a conflicted merge restores HEAD exactly", async () => {
  const { repo } = await conflictedRepo();
  const before = await readLog(repo);
  expect(await abortMerge(repo)).toEqual(["config.yaml", "k8s/deployment.yaml", "k8s/legacy.yaml"]);
  expect(await diffWorkingTree(repo)).toEqual([]);
  expect(await readFile(repo, { path: "config.yaml" })).toBe("log: info\n");
  expect(await listFiles(repo)).toEqual(["config.yaml", "k8s/deployment.yaml"]);
  expect(await readLog(repo)).toEqual(before);
  expect((await rejection(abortMerge(repo))).code).toBe("NO_OPERATION_IN_PROGRESS");
  expect((await rejection(concludeMerge(repo))).code).toBe("NO_OPERATION_IN_PROGRESS");
});

test("merging needs a clean working tree and a known branch", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  await writeFile(repo, { path: "README.md", content: "dirty\n" });
  expect(await rejection(mergeBranch(repo, { branch: "scale-web" }))).toEqual({
    code: "DIRTY_WORKTREE",
    message: "Commit or discard your changes before you merge: README.md.",
    data: { paths: ["README.md"] },
  });
  await commit(repo, { message: "Edit README", all: true });
  expect((await rejection(mergeBranch(repo, { branch: "nope" }))).code).toBe("NOT_FOUND");
  expect((await rejection(mergeBranch(repo, { branch: "" }))).code).toBe("INVALID_ARGUMENT");
});

test("a file we changed and they deleted, and a binary both changed, conflict without markers", async () => {
  const repo = memoryRepo();
  await createRepository(repo, {
    files: { "kept.yaml": "a: 1\n", "logo.png": "PNG\u0000v1" },
    history: [
      { branch: "cleanup", message: "Drop kept.yaml, new logo", changes: { "kept.yaml": null, "logo.png": "PNG\u0000v3" } },
      { branch: "main", message: "Edit kept.yaml, new logo", changes: { "kept.yaml": "a: 2\n", "logo.png": "PNG\u0000v2" } },
    ],
  });
  expect((await rejection(mergeBranch(repo, { branch: "cleanup" }))).data).toEqual({
    conflicts: [
      { path: "kept.yaml", kind: "modify/delete", hunks: [] },
      { path: "logo.png", kind: "binary", hunks: [] },
    ],
  });
  // Our versions stay in the working tree; nothing differs from HEAD until the learner decides.
  expect(await readFile(repo, { path: "kept.yaml" })).toBe("a: 2\n");
  expect(await diffWorkingTree(repo)).toEqual([]);
  const oid = await concludeMerge(repo, { message: "Keep ours" });
  expect((await readLog(repo, { depth: 1 }))[0]).toMatchObject({ oid, message: "Keep ours\n" });
  expect((await readLog(repo, { depth: 1 }))[0].parents).toHaveLength(2);
});
