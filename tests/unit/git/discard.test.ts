import { expect, test } from "vitest";
import { createRepository, diffWorkingTree, discardChanges, listFiles, readFile, stageChanges, writeFile, deleteFile } from "@/lib/git";
import { memoryRepo, rejection } from "./memory-repo";

test("discardChanges puts the working tree and index back to HEAD, all or by path", async () => {
  const repo = memoryRepo();
  await createRepository(repo, { files: { "a.txt": "a\n", "b.txt": "b\n", "dir/c.txt": "c\n" } });
  await writeFile(repo, { path: "a.txt", content: "A\n" });
  await deleteFile(repo, { path: "dir/c.txt" });
  await writeFile(repo, { path: "new/untracked.txt", content: "new\n" });
  await writeFile(repo, { path: "b.txt", content: "B\n" });
  await stageChanges(repo, { paths: ["b.txt"] });
  expect(await discardChanges(repo, { paths: ["a.txt"] })).toEqual(["a.txt"]);
  expect(await readFile(repo, { path: "a.txt" })).toBe("a\n");
  expect(await discardChanges(repo, {})).toEqual(["b.txt", "dir/c.txt", "new/untracked.txt"]);
  expect(await diffWorkingTree(repo)).toEqual([]);
  expect(await listFiles(repo)).toEqual(["a.txt", "b.txt", "dir/c.txt"]);
  expect(await discardChanges(repo)).toEqual([]);
  expect((await rejection(discardChanges(repo, { paths: ["../x"] }))).code).toBe("INVALID_PATH");
});
