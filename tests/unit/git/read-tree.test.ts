import { expect, test } from "vitest";
import { commit, createRepository, readTree, writeFile } from "@/lib/git";
import { memoryRepo, rejection } from "./memory-repo";

test("readTree returns every committed file at a ref, not the uncommitted working tree", async () => {
  const repo = memoryRepo();
  const first = await createRepository(repo, { files: { "apps/web/deployment.yaml": "replicas: 1\n", "README.md": "# demo\n" } });
  await writeFile(repo, { path: "apps/web/deployment.yaml", content: "replicas: 3\n" });
  const atMain = await readTree(repo, { ref: "main" });
  expect(atMain.sha).toBe(first);
  expect([...atMain.files]).toEqual([
    ["README.md", "# demo\n"],
    ["apps/web/deployment.yaml", "replicas: 1\n"],
  ]);
  const second = await commit(repo, { message: "Scale to 3", all: true });
  const afterCommit = await readTree(repo, { ref: "main" });
  expect(afterCommit.sha).toBe(second);
  expect(afterCommit.files.get("apps/web/deployment.yaml")).toBe("replicas: 3\n");
  expect((await readTree(repo, { ref: first! })).files.get("apps/web/deployment.yaml")).toBe("replicas: 1\n");
});

test("an unknown ref is a stable error", async () => {
  const repo = memoryRepo();
  await createRepository(repo, { files: { "a.yaml": "a: 1\n" } });
  expect(await rejection(readTree(repo, { ref: "no-such-branch" }))).toMatchObject({ code: "NOT_FOUND" });
});

test("resolveRevision gives the SHA a ref points at", async () => {
  const { resolveRevision } = await import("@/lib/git");
  const repo = memoryRepo();
  const first = await createRepository(repo, { files: { "a.yaml": "a: 1\n" } });
  expect(await resolveRevision(repo, { ref: "main" })).toBe(first);
  expect(await resolveRevision(repo, { ref: "HEAD" })).toBe(first);
  expect(await rejection(resolveRevision(repo, { ref: "nope" }))).toMatchObject({ code: "NOT_FOUND" });
});
