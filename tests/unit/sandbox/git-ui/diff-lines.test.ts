import { expect, test } from "vitest";
import { hunkHeader, numberHunkLines } from "@/components/sandbox/git/diff-lines";

test("context, deleted and added lines are numbered on their own sides", () => {
  expect(numberHunkLines({ oldStart: 3, newStart: 3, lines: [" a", "-b", "+c", "+d", " e"] })).toEqual([
    { kind: "context", oldNumber: 3, newNumber: 3, marker: " ", text: "a" },
    { kind: "deleted", oldNumber: 4, newNumber: null, marker: "-", text: "b" },
    { kind: "added", oldNumber: null, newNumber: 4, marker: "+", text: "c" },
    { kind: "added", oldNumber: null, newNumber: 5, marker: "+", text: "d" },
    { kind: "context", oldNumber: 5, newNumber: 6, marker: " ", text: "e" },
  ]);
});

test("a missing final newline is a note without numbers", () => {
  expect(numberHunkLines({ oldStart: 1, newStart: 1, lines: ["-old", "\\ No newline at end of file", "+new"] })).toEqual([
    { kind: "deleted", oldNumber: 1, newNumber: null, marker: "-", text: "old" },
    { kind: "note", oldNumber: null, newNumber: null, marker: "\\", text: "No newline at end of file" },
    { kind: "added", oldNumber: null, newNumber: 1, marker: "+", text: "new" },
  ]);
});

test("a new file's lines count from 1", () => {
  expect(numberHunkLines({ oldStart: 0, newStart: 1, lines: ["+x", "+y"] }).map((line) => line.newNumber)).toEqual([1, 2]);
});

test("hunk headers leave out a count of 1, as git does", () => {
  expect(hunkHeader({ oldStart: 1, oldLines: 1, newStart: 1, newLines: 2 })).toBe("@@ -1 +1,2 @@");
  expect(hunkHeader({ oldStart: 0, oldLines: 0, newStart: 1, newLines: 3 })).toBe("@@ -0,0 +1,3 @@");
  expect(hunkHeader({ oldStart: 10, oldLines: 7, newStart: 12, newLines: 6 })).toBe("@@ -10,7 +12,6 @@");
});
