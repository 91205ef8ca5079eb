import { expect, test } from "vitest";
import { createRepository, readFile, stageChanges, summarizeRepository, unstageChanges, writeFile } from "@/lib/git";
import { memoryRepo, rejection } from "./memory-repo";

test("unstageChanges puts index entries back to HEAD and keeps the working tree", async () => {
  const repo = memoryRepo();
  await createRepository(repo, { files: { "a.txt": "a\n", "b.txt": "b\n" } });
  await writeFile(repo, { path: "a.txt", content: "A\n" });
  await writeFile(repo, { path: "new.txt", content: "new\n" });
  await writeFile(repo, { path: "b.txt", content: "B\n" });
  await stageChanges(repo, {});
  expect(await unstageChanges(repo, { paths: ["a.txt"] })).toEqual(["a.txt"]);
  const staged = (await summarizeRepository(repo)).changes.filter((change) => change.staged).map((change) => change.path);
  expect(staged).toEqual(["b.txt", "new.txt"]);
  expect(await unstageChanges(repo)).toEqual(["b.txt", "new.txt"]);
  const changes = (await summarizeRepository(repo)).changes;
  expect(changes.every((change) => !change.staged && change.unstaged)).toBe(true);
  expect(await readFile(repo, { path: "a.txt" })).toBe("A\n");
  expect(await readFile(repo, { path: "new.txt" })).toBe("new\n");
  expect((await rejection(unstageChanges(repo, { paths: ["/abs"] }))).code).toBe("INVALID_PATH");
});
