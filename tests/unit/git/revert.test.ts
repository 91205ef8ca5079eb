import { expect, test } from "vitest";
import { abortMerge, concludeMerge, createRepository, diffWorkingTree, mergeBranch, readFile, readLog, revertCommit, summarizeRepository, writeFile } from "@/lib/git";
import { loadSeed } from "./load-seed";
import { memoryRepo, rejection } from "./memory-repo";

const SCALE = "63aeb82006f39574292c7d1f7ca0dfd101ac0054";

test("reverting a commit adds a commit that undoes it, with git's message", async () => {
  const repo = memoryRepo();
  await createRepository(repo, { ...loadSeed("deployment-history"), checkout: "scale-web" });
  expect(await revertCommit(repo, { commit: SCALE })).toBe("2c0eaa3166e998c206b64af0ebc1462e1136323d");
  const [revert] = await readLog(repo, { depth: 1 });
  expect(revert).toMatchObject({
    message: `Revert "Scale web to 3 replicas"\n\nThis reverts commit ${SCALE}.\n`,
    parents: [SCALE],
  });
  expect(await readFile(repo, { path: "k8s/deployment.yaml" })).toContain("replicas: 1");
  expect(await diffWorkingTree(repo)).toEqual([]);
  expect(await rejection(revertCommit(repo, { commit: SCALE }))).toEqual({
    code: "NOTHING_TO_COMMIT",
    message: "Reverting 63aeb82 changes nothing: its changes are already undone.",
    data: { commit: SCALE },
  });
});

test("an older commit is reverted under later, unrelated commits", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  await mergeBranch(repo, { branch: "scale-web" });
  await revertCommit(repo, { commit: SCALE });
  expect(await readFile(repo, { path: "k8s/deployment.yaml" })).toContain("replicas: 1");
  expect(await readFile(repo, { path: "README.md" })).toContain("selfHeal");
});

test("a merge commit is reverted against its first parent, like git revert -m 1", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  const { oid } = await mergeBranch(repo, { branch: "scale-web" });
  await revertCommit(repo, { commit: oid });
  expect(await readFile(repo, { path: "k8s/deployment.yaml" })).toContain("replicas: 1");
  expect((await readLog(repo, { depth: 1 }))[0].message).toBe(`Revert "Merge branch 'scale-web'"\n\nThis reverts commit ${oid}.\n`);
});

test("a revert that conflicts is reported like a merge, then concluded with one parent", async () => {
  const repo = memoryRepo();
  await createRepository(repo, {
    files: { "values.yaml": "replicas: 1\n" },
    history: [
      { message: "Two replicas", changes: { "values.yaml": "replicas: 2\n" } },
      { message: "Three replicas", changes: { "values.yaml": "replicas: 3\n" } },
    ],
  });
  const [three, two] = await readLog(repo, { depth: 2 });
  expect(await rejection(revertCommit(repo, { commit: two.oid }))).toEqual({
    code: "MERGE_CONFLICT",
    message: `Reverting ${two.oid.slice(0, 7)} conflicts in values.yaml: resolve the conflicts, then conclude or abort.`,
    data: {
      conflicts: [
        { path: "values.yaml", kind: "content", hunks: [{ startLine: 1, endLine: 5, ours: ["replicas: 3"], base: ["replicas: 2"], theirs: ["replicas: 1"] }] },
      ],
    },
  });
  expect(await readFile(repo, { path: "values.yaml" })).toBe(
    `<<<<<<< HEAD\nreplicas: 3\n=======\nreplicas: 1\n>>>>>>> parent of ${two.oid.slice(0, 7)} (Two replicas)\n`,
  );
  expect((await summarizeRepository(repo)).operation).toMatchObject({ kind: "revert", theirs: two.oid });
  await writeFile(repo, { path: "values.yaml", content: "replicas: 1\n" });
  const oid = await concludeMerge(repo);
  expect((await readLog(repo, { depth: 1 }))[0]).toMatchObject({ oid, parents: [three.oid], message: `Revert "Two replicas"\n\nThis reverts commit ${two.oid}.\n` });
});

test("a conflicting revert can be aborted", async () => {
  const repo = memoryRepo();
  await createRepository(repo, {
    files: { "values.yaml": "replicas: 1\n" },
    history: [
      { message: "Two", changes: { "values.yaml": "replicas: 2\n" } },
      { message: "Three", changes: { "values.yaml": "replicas: 3\n" } },
    ],
  });
  const [, two] = await readLog(repo, { depth: 2 });
  await rejection(revertCommit(repo, { commit: two.oid }));
  expect(await abortMerge(repo)).toEqual(["values.yaml"]);
  expect(await readFile(repo, { path: "values.yaml" })).toBe("replicas: 3\n");
  expect((await summarizeRepository(repo)).operation).toBeNull();
});

test("the root commit can be reverted, and unknown commits cannot", async () => {
  const repo = memoryRepo();
  await createRepository(repo, { files: { "a.txt": "a\n" }, history: [{ message: "B", changes: { "b.txt": "b\n" } }] });
  const root = (await readLog(repo)).at(-1)?.oid as string;
  await revertCommit(repo, { commit: root });
  expect(await summarizeRepository(repo).then((summary) => summary.changes)).toEqual([]);
  expect(await readFile(repo, { path: "b.txt" })).toBe("b\n");
  expect((await rejection(readFile(repo, { path: "a.txt" }))).code).toBe("NOT_FOUND");
  expect((await rejection(revertCommit(repo, { commit: "0".repeat(40) }))).code).toBe("NOT_FOUND");
});
