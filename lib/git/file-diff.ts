// Per-file and per-line differences between two snapshots of a repository. Lines come from
// jsdiff's structuredPatch (3 lines of context, like `git diff`); renames are detected only
// when the content is identical — git also pairs files that are merely similar (≥ 50 %).
import { structuredPatch } from "diff";
import type { FileDiff } from "./file-diff-schema";
import { toText } from "./worktree-fs";

export { diffHunkSchema, fileDiffSchema, type DiffHunk, type FileDiff } from "./file-diff-schema";

/** One side of a diff: path → blob SHA and a way to read the bytes. */
export type DiffSide = ReadonlyMap<string, { oid: string; read: () => Promise<Uint8Array> }>;

export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

/** The files that differ between two sides, sorted by path. */
export async function diffSides(before: DiffSide, after: DiffSide): Promise<FileDiff[]> {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changed = paths.filter((path) => before.get(path)?.oid !== after.get(path)?.oid);
  const deleted = changed.filter((path) => !after.has(path));
  const added = changed.filter((path) => !before.has(path));
  const renames = pairRenames(before, after, deleted, added);
  const renamedFrom = new Set(renames.values());
  const diffs: FileDiff[] = [];
  for (const path of changed) {
    if (renamedFrom.has(path)) continue;
    const oldPath = renames.get(path);
    if (oldPath) {
      diffs.push({ path, oldPath, status: "renamed", binary: false, hunks: [] });
      continue;
    }
    const status = !before.has(path) ? "added" : !after.has(path) ? "deleted" : "modified";
    diffs.push(await diffFile(path, status, await before.get(path)?.read(), await after.get(path)?.read()));
  }
  return diffs;
}

// new path → old path, pairing each deleted file with the first added file of the same content.
function pairRenames(before: DiffSide, after: DiffSide, deleted: string[], added: string[]): Map<string, string> {
  const renames = new Map<string, string>();
  const available = [...added];
  for (const oldPath of deleted) {
    const index = available.findIndex((newPath) => after.get(newPath)?.oid === before.get(oldPath)?.oid);
    if (index === -1) continue;
    renames.set(available[index], oldPath);
    available.splice(index, 1);
  }
  return renames;
}

async function diffFile(path: string, status: FileDiff["status"], oldBytes?: Uint8Array, newBytes?: Uint8Array): Promise<FileDiff> {
  const empty = new Uint8Array();
  if (isBinary(oldBytes ?? empty) || isBinary(newBytes ?? empty)) return { path, status, binary: true, hunks: [] };
  const patch = structuredPatch(path, path, toText(oldBytes ?? empty), toText(newBytes ?? empty), undefined, undefined, { context: 3 });
  // Unified-diff convention (git's @@ -0,0 +1,2 @@): an empty side starts one line earlier,
  // at the line after which the change sits. jsdiff applies it only when formatting text.
  const hunks = patch.hunks.map(({ oldStart, oldLines, newStart, newLines, lines }) => ({
    oldStart: oldLines === 0 ? oldStart - 1 : oldStart,
    oldLines,
    newStart: newLines === 0 ? newStart - 1 : newStart,
    newLines,
    lines: [...lines],
  }));
  return { path, status, binary: false, hunks };
}
