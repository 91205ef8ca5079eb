import { expect, test } from "vitest";
import { createRepository, deleteFile, listFiles, MAX_FILE_BYTES, readFile, renameFile, writeFile } from "@/lib/git";
import { loadSeed } from "./load-seed";
import { memoryRepo, rejection } from "./memory-repo";

test("a seed with history creates the same commits on every run", async () => {
  const first = memoryRepo();
  const second = memoryRepo("/elsewhere");
  expect(await createRepository(first, loadSeed("deployment-history"))).toBe("688bdc65bb371be568ba3c7ea441dd51a3128e6d");
  expect(await createRepository(second, loadSeed("deployment-history"))).toBe("688bdc65bb371be568ba3c7ea441dd51a3128e6d");
  expect(await listFiles(first, {})).toEqual(["README.md", "k8s/deployment.yaml", "k8s/service.yaml"]);
  expect(await listFiles(first, { ref: "add-probe" })).toEqual(["README.md", "k8s/deployment.yaml", "k8s/probe.yaml", "k8s/service.yaml"]);
  expect(await readFile(first, { path: "k8s/probe.yaml", ref: "add-probe" })).toBe("path: /healthz\nport: 8080\n");
  expect((await rejection(readFile(first, { path: "k8s", ref: "main" }))).code).toBe("NOT_FOUND");
});

test("an empty seed makes an empty repository on main", async () => {
  const repo = memoryRepo();
  expect(await createRepository(repo)).toBeUndefined();
  expect(await listFiles(repo)).toEqual([]);
  expect((await rejection(createRepository(repo))).code).toBe("ALREADY_EXISTS");
});

test("files are written, read, renamed and deleted in the working tree", async () => {
  const repo = memoryRepo();
  await createRepository(repo, { files: { "README.md": "hello\n" } });
  await writeFile(repo, { path: "k8s/base/app.yaml", content: "kind: Deployment\n" });
  expect(await readFile(repo, { path: "k8s/base/app.yaml" })).toBe("kind: Deployment\n");
  await renameFile(repo, { from: "k8s/base/app.yaml", to: "apps/web.yaml" });
  expect(await listFiles(repo)).toEqual(["README.md", "apps/web.yaml"]);
  await deleteFile(repo, { path: "apps/web.yaml" });
  expect(await listFiles(repo)).toEqual(["README.md"]);
  // The committed version stays readable by ref while the working tree changes.
  await writeFile(repo, { path: "README.md", content: "changed\n" });
  expect(await readFile(repo, { path: "README.md", ref: "main" })).toBe("hello\n");
});

test("paths that escape the working tree or reach into .git are refused", async () => {
  const repo = memoryRepo();
  await createRepository(repo);
  for (const path of ["/etc/passwd", "../outside", "a/../../b", ".git/config", "a//b", "dir/", "", "a\\b"]) {
    expect(await rejection(writeFile(repo, { path, content: "x" })), path).toEqual({
      code: "INVALID_PATH",
      message: "path: Expected a relative path such as k8s/deployment.yaml (no leading /, no . or .. segments, not inside .git).",
      data: { field: "path" },
    });
  }
  expect((await rejection(writeFile(repo, { path: "ok.txt", content: 42 } as never))).code).toBe("INVALID_ARGUMENT");
});

test("a file over 1 MB is refused with FILE_TOO_LARGE, at write and in a seed", async () => {
  const repo = memoryRepo();
  await createRepository(repo);
  const big = "x".repeat(MAX_FILE_BYTES + 1);
  expect(await rejection(writeFile(repo, { path: "big.txt", content: big }))).toEqual({
    code: "FILE_TOO_LARGE",
    message: "big.txt is 1048577 bytes; files are limited to 1048576 bytes (1 MB).",
    data: { path: "big.txt", bytes: 1048577, limit: 1048576 },
  });
  expect((await rejection(createRepository(memoryRepo(), { files: { "big.txt": big } }))).code).toBe("FILE_TOO_LARGE");
  await writeFile(repo, { path: "limit.txt", content: "x".repeat(MAX_FILE_BYTES) });
});

test("missing files, occupied targets and files in the way have their own codes", async () => {
  const repo = memoryRepo();
  await createRepository(repo, { files: { "a.txt": "a\n", "b.txt": "b\n" } });
  expect((await rejection(readFile(repo, { path: "nope.txt" }))).code).toBe("NOT_FOUND");
  expect((await rejection(readFile(repo, { path: "a.txt", ref: "no-such-branch" }))).code).toBe("NOT_FOUND");
  await writeFile(repo, { path: "dir/inner.txt", content: "x" });
  expect((await rejection(readFile(repo, { path: "dir" }))).code).toBe("NOT_FOUND");
  expect((await rejection(readFile(repo, { path: "a.txt/deeper", ref: "main" }))).code).toBe("NOT_FOUND");
  expect((await rejection(deleteFile(repo, { path: "nope.txt" }))).code).toBe("NOT_FOUND");
  expect((await rejection(renameFile(repo, { from: "nope.txt", to: "c.txt" }))).code).toBe("NOT_FOUND");
  expect((await rejection(renameFile(repo, { from: "a.txt", to: "b.txt" }))).code).toBe("ALREADY_EXISTS");
  expect((await rejection(writeFile(repo, { path: "a.txt/inner.txt", content: "x" }))).code).toBe("INVALID_PATH");
});
