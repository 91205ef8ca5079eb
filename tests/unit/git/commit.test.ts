import { expect, test } from "vitest";
import { commit, createRepository, deleteFile, readLog, stageChanges, summarizeRepository, writeFile } from "@/lib/git";
import { ADA, GRACE, memoryRepo, rejection } from "./memory-repo";

test("a commit has the SHA isomorphic-git and real git compute for the same content and time", async () => {
  const repo = memoryRepo();
  await createRepository(repo);
  await writeFile(repo, { path: "README.md", content: "hello\n" });
  expect(await stageChanges(repo, {})).toEqual(["README.md"]);
  expect(await commit(repo, { message: "First commit" })).toBe("3c9bd399f0cdb239f5f6f03c5697a15146d948af");
  expect(await readLog(repo)).toEqual([
    {
      oid: "3c9bd399f0cdb239f5f6f03c5697a15146d948af",
      message: "First commit\n",
      parents: [],
      author: { ...ADA, timestamp: 1_700_000_000 },
      committer: { ...ADA, timestamp: 1_700_000_000 },
    },
  ]);
});

test("only staged changes are committed; `all` stages additions, edits and deletions", async () => {
  const repo = memoryRepo();
  await createRepository(repo, { files: { "a.txt": "a\n", "b.txt": "b\n" } });
  await writeFile(repo, { path: "a.txt", content: "A\n" });
  await writeFile(repo, { path: "c.txt", content: "c\n" });
  expect(await stageChanges(repo, { paths: ["c.txt"] })).toEqual(["c.txt"]);
  const partial = await commit(repo, { message: "Add c" });
  expect((await summarizeRepository(repo)).changes).toEqual([{ path: "a.txt", inHead: true, changedInWorktree: true, staged: false, unstaged: true }]);
  await deleteFile(repo, { path: "b.txt" });
  const everything = await commit(repo, { message: "Edit a, drop b", all: true });
  expect((await summarizeRepository(repo)).changes).toEqual([]);
  expect((await readLog(repo)).map(({ oid, message, parents }) => ({ oid, message, parents }))).toEqual([
    { oid: everything, message: "Edit a, drop b\n", parents: [partial] },
    { oid: partial, message: "Add c\n", parents: ["8ea8d5caa0d943d33c25f318e0893cc9d261b584"] },
    { oid: "8ea8d5caa0d943d33c25f318e0893cc9d261b584", message: "Initial commit\n", parents: [] },
  ]);
  expect([partial, everything]).toEqual(["b60514e513c13014bfdfde4da548897839d5f372", "787bd93d3b66e2fdca5d11aa67ef3468df87b800"]);
});

test("the author and the clock come from the context", async () => {
  const repo = { ...memoryRepo(), author: GRACE, clock: () => 1_800_000_000_999 };
  await createRepository(repo, { files: { "a.txt": "a\n" } });
  const [entry] = await readLog(repo);
  expect(entry.author).toEqual({ ...GRACE, timestamp: 1_800_000_000 });
  expect(entry.oid).toBe("b99e9ea53baf34fca361b2b68da6106fe130eb15");
});

test("readLog follows a ref and stops at a depth", async () => {
  const repo = memoryRepo();
  await createRepository(repo, {
    files: { "a.txt": "1\n" },
    history: [
      { message: "Two", changes: { "a.txt": "2\n" } },
      { message: "Three", changes: { "a.txt": "3\n" } },
    ],
  });
  expect((await readLog(repo, { depth: 2 })).map((entry) => entry.message)).toEqual(["Three\n", "Two\n"]);
  expect((await readLog(repo, { ref: "main", depth: 1 }))[0].message).toBe("Three\n");
  const empty = memoryRepo("/empty");
  await createRepository(empty);
  expect(await readLog(empty, {})).toEqual([]);
});

test("committing nothing, or with an empty message, is refused", async () => {
  const repo = memoryRepo();
  await createRepository(repo, { files: { "a.txt": "a\n" } });
  expect(await rejection(commit(repo, { message: "Nothing" }))).toEqual({
    code: "NOTHING_TO_COMMIT",
    message: "Nothing is staged: stage a change before you commit.",
    data: {},
  });
  await writeFile(repo, { path: "a.txt", content: "b\n" });
  expect((await rejection(commit(repo, { message: "Unstaged only" }))).code).toBe("NOTHING_TO_COMMIT");
  expect(await rejection(commit(repo, { message: "   " }))).toEqual({
    code: "INVALID_ARGUMENT",
    message: "message: A commit needs a message.",
    data: { field: "message" },
  });
  expect((await rejection(stageChanges(repo, { paths: ["ghost.txt"] }))).code).toBe("NOT_FOUND");
});

test("a seed commit that changes nothing is refused", async () => {
  const seed = { files: { "a.txt": "a\n" }, history: [{ message: "Same", changes: { "a.txt": "a\n" } }] };
  expect((await rejection(createRepository(memoryRepo(), seed))).code).toBe("NOTHING_TO_COMMIT");
  expect((await rejection(createRepository(memoryRepo(), { files: { "a.txt": "a\n" }, checkout: "ghost" }))).code).toBe("NOT_FOUND");
});
