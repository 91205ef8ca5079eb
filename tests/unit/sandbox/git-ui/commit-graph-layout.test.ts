import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { layoutCommitGraph, type GraphCommit, type GraphRow } from "@/components/sandbox/git/commit-graph-layout";

interface LayoutCase {
  name: string;
  commits: GraphCommit[];
  laneCount: number;
  rows: GraphRow[];
}

const cases = parse(readFileSync(path.join(import.meta.dirname, "commit-graph-layouts.yaml"), "utf8")) as LayoutCase[];

test.each(cases.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
  expect(layoutCommitGraph(entry.commits)).toEqual({ rows: entry.rows, laneCount: entry.laneCount });
});

test("an empty history has no rows and no lanes", () => {
  expect(layoutCommitGraph([])).toEqual({ rows: [], laneCount: 0 });
});

test("the input is left as it was", () => {
  const commits = [
    { oid: "m", parents: ["a", "b"] },
    { oid: "b", parents: ["a"] },
    { oid: "a", parents: [] },
  ];
  const copy = structuredClone(commits);
  layoutCommitGraph(commits);
  expect(commits).toEqual(copy);
});

test("every line leaving a row arrives in the next row, on the same lane", () => {
  for (const { commits } of cases) {
    const { rows } = layoutCommitGraph(commits);
    rows.slice(0, -1).forEach((row, index) => {
      const below = rows[index + 1];
      const leaving = [...new Set([...row.outgoing, ...row.passing])].sort();
      const arriving = [...below.incoming, ...below.passing].sort();
      expect(arriving).toEqual(leaving);
    });
  }
});
