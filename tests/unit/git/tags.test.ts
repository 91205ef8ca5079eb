import { expect, test } from "vitest";
import { createRepository, createTag, deleteTag, readFile, readLog, summarizeRepository } from "@/lib/git";
import { loadSeed } from "./load-seed";
import { memoryRepo, rejection } from "./memory-repo";

const MAIN = "688bdc65bb371be568ba3c7ea441dd51a3128e6d";
const SCALE = "63aeb82006f39574292c7d1f7ca0dfd101ac0054";

test("lightweight tags point at a commit, annotated tags at a tag object with tagger and message", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  expect(await createTag(repo, { name: "v1.0.0" })).toBe(MAIN);
  expect(await createTag(repo, { name: "v1.1.0", ref: "scale-web", message: "Release 1.1.0" })).toBe("e2cac0a02ce56f485e7a212854143ac851390d4c");
  expect((await summarizeRepository(repo)).tags).toEqual([
    { name: "v1.0.0", commit: MAIN, annotated: false, message: null },
    { name: "v1.1.0", commit: SCALE, annotated: true, message: "Release 1.1.0\n" },
  ]);
  // A tag works wherever a commit is expected.
  expect(await readFile(repo, { path: "k8s/deployment.yaml", ref: "v1.1.0" })).toContain("replicas: 3");
  expect((await readLog(repo, { ref: "v1.1.0", depth: 1 }))[0].oid).toBe(SCALE);
});

test("tags are unique, deletable, and need a commit", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  await createTag(repo, { name: "v1" });
  expect(await rejection(createTag(repo, { name: "v1" }))).toEqual({ code: "ALREADY_EXISTS", message: "A tag named v1 already exists.", data: { tag: "v1" } });
  expect((await rejection(createTag(repo, { name: "bad name" }))).code).toBe("INVALID_REF");
  expect((await rejection(createTag(repo, { name: "v2", ref: "nope" }))).code).toBe("NOT_FOUND");
  await deleteTag(repo, { name: "v1" });
  expect((await summarizeRepository(repo)).tags).toEqual([]);
  expect((await rejection(deleteTag(repo, { name: "v1" }))).code).toBe("NOT_FOUND");
  const empty = memoryRepo("/empty");
  await createRepository(empty);
  expect((await rejection(createTag(empty, { name: "v0" }))).code).toBe("NOT_FOUND");
});
