import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { mergeLines } from "@/lib/git/merge-lines";
import type { ConflictHunk } from "@/lib/git";
import { hasGit, runGit } from "./system-git";

interface LineMergeCase {
  name: string;
  base: string;
  ours: string;
  theirs: string;
  text: string;
  conflicts: ConflictHunk[];
}

const cases = parse(readFileSync(path.join(process.cwd(), "tests/fixtures/git/line-merges.yaml"), "utf8")) as LineMergeCase[];

test.each(cases.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
  expect(mergeLines(entry.base, entry.ours, entry.theirs, { ours: "HEAD", theirs: "feature" })).toEqual({
    text: entry.text,
    conflicts: entry.conflicts,
  });
});

test.runIf(hasGit)("every expected text is what `git merge-file` prints", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "reconcile-merge-file-"));
  try {
    for (const entry of cases) {
      for (const side of ["base", "ours", "theirs"] as const) writeFileSync(path.join(dir, side), entry[side]);
      const files = ["ours", "base", "theirs"].map((side) => path.join(dir, side));
      expect(runGit(["merge-file", "-p", "-L", "HEAD", "-L", "base", "-L", "feature", ...files]), entry.name).toBe(entry.text);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
