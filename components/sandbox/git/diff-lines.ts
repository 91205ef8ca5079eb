// The rows of a unified diff hunk with their old and new line numbers, as `git diff` and a
// forge's diff view number them. Pure, so the numbering is unit-tested.
import type { DiffHunk } from "@/lib/git/file-diff-schema";

export type DiffLineKind = "context" | "deleted" | "added" | "note";

export interface NumberedDiffLine {
  kind: DiffLineKind;
  /** The line's number in the old file; null for an added line or a note. */
  oldNumber: number | null;
  /** The line's number in the new file; null for a deleted line or a note. */
  newNumber: number | null;
  /** " ", "-", "+" or "\\" ("\ No newline at end of file"), kept visible as text. */
  marker: " " | "-" | "+" | "\\";
  text: string;
}

/**
 * Numbers each line of a hunk.
 * @example numberHunkLines({ oldStart: 3, newStart: 3, lines: [" a", "-b", "+c"] })
 * // [{ kind: "context", oldNumber: 3, newNumber: 3, … }, { kind: "deleted", oldNumber: 4, newNumber: null, … }, { kind: "added", oldNumber: null, newNumber: 4, … }]
 */
export function numberHunkLines(hunk: Pick<DiffHunk, "oldStart" | "newStart" | "lines">): NumberedDiffLine[] {
  let oldNumber = hunk.oldStart;
  let newNumber = hunk.newStart;
  return hunk.lines.map((line) => {
    const text = line.slice(1);
    if (line.startsWith("-")) return { kind: "deleted", oldNumber: oldNumber++, newNumber: null, marker: "-", text };
    if (line.startsWith("+")) return { kind: "added", oldNumber: null, newNumber: newNumber++, marker: "+", text };
    if (line.startsWith("\\")) return { kind: "note", oldNumber: null, newNumber: null, marker: "\\", text: text.trim() };
    return { kind: "context", oldNumber: oldNumber++, newNumber: newNumber++, marker: " ", text };
  });
}

/**
 * The hunk header git prints, with a count of 1 left out as git does.
 * @example hunkHeader({ oldStart: 1, oldLines: 1, newStart: 1, newLines: 2 }) // "@@ -1 +1,2 @@"
 */
export function hunkHeader(hunk: Pick<DiffHunk, "oldStart" | "oldLines" | "newStart" | "newLines">): string {
  const range = (start: number, count: number) => (count === 1 ? `${start}` : `${start},${count}`);
  return `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`;
}
