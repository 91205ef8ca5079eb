import { expect, test } from "vitest";
import { createRepository, diffCommits, diffWorkingTree, renameFile, stageChanges, deleteFile, writeFile } from "@/lib/git";
import { loadSeed } from "./load-seed";
import { memoryRepo, rejection } from "./memory-repo";

test("diffCommits lists each changed file with line hunks", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  expect(await diffCommits(repo, { from: "scale-web", to: "add-probe" })).toEqual([
    {
      path: "README.md",
      status: "modified",
      binary: false,
      hunks: [
        {
          oldStart: 1,
          oldLines: 2,
          newStart: 1,
          newLines: 3,
          lines: [" # shop", " Manifests for the shop, synced by Argo CD.", "+Automated sync with prune and selfHeal."],
        },
      ],
    },
    {
      path: "k8s/deployment.yaml",
      status: "modified",
      binary: false,
      hunks: [
        {
          oldStart: 3,
          oldLines: 7,
          newStart: 3,
          newLines: 7,
          lines: [" metadata:", "   name: web", " spec:", "-  replicas: 3", "+  replicas: 1", "   template:", "     spec:", "       containers:"],
        },
      ],
    },
    {
      path: "k8s/probe.yaml",
      status: "added",
      binary: false,
      hunks: [{ oldStart: 0, oldLines: 0, newStart: 1, newLines: 2, lines: ["+path: /healthz", "+port: 8080"] }],
    },
  ]);
  expect(await diffCommits(repo, { from: "main", to: "main" })).toEqual([]);
});

test("diffWorkingTree shows edits, additions, deletions, renames and binaries, staged or not", async () => {
  const repo = memoryRepo();
  await createRepository(repo, { files: { "a.txt": "one\ntwo\n", "old/name.txt": "same\n", "gone.txt": "bye\n", "logo.png": "PNG" } });
  await writeFile(repo, { path: "a.txt", content: "one\n2\n" });
  await renameFile(repo, { from: "old/name.txt", to: "new/name.txt" });
  await deleteFile(repo, { path: "gone.txt" });
  await writeFile(repo, { path: "logo.png", content: "PNG\u0000\u0001" });
  await writeFile(repo, { path: "fresh.txt", content: "no newline" });
  await stageChanges(repo, { paths: ["a.txt"] });
  expect(await diffWorkingTree(repo)).toEqual([
    {
      path: "a.txt",
      status: "modified",
      binary: false,
      hunks: [{ oldStart: 1, oldLines: 2, newStart: 1, newLines: 2, lines: [" one", "-two", "+2"] }],
    },
    {
      path: "fresh.txt",
      status: "added",
      binary: false,
      hunks: [{ oldStart: 0, oldLines: 0, newStart: 1, newLines: 1, lines: ["+no newline", "\\ No newline at end of file"] }],
    },
    { path: "gone.txt", status: "deleted", binary: false, hunks: [{ oldStart: 1, oldLines: 1, newStart: 0, newLines: 0, lines: ["-bye"] }] },
    { path: "logo.png", status: "modified", binary: true, hunks: [] },
    { path: "new/name.txt", oldPath: "old/name.txt", status: "renamed", binary: false, hunks: [] },
  ]);
});

test("a clean working tree has no diff, and unknown refs are NOT_FOUND", async () => {
  const repo = memoryRepo();
  await createRepository(repo, { files: { "a.txt": "a\n" } });
  expect(await diffWorkingTree(repo)).toEqual([]);
  expect((await rejection(diffCommits(repo, { from: "main", to: "nope" }))).code).toBe("NOT_FOUND");
  expect((await rejection(diffCommits(repo, { from: "", to: "main" }))).code).toBe("INVALID_ARGUMENT");
});
