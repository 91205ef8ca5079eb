// A three-way merge of whole trees, path by path, without touching the working tree: the
// result is either committed directly (clean) or written out with conflict markers. Renames
// are not followed (a file renamed on one side and edited on the other conflicts as
// modify/delete), and binary files conflict whenever both sides changed them.
import git from "isomorphic-git";
import { isBinary } from "./file-diff";
import { gitOptions, type GitContext } from "./git-context";
import { mergeLines } from "./merge-lines";
import type { FileConflict } from "./operation-state";
import { readBlobBytes, readCommitFiles, type TreeFile } from "./tree-files";
import { toBytes, toText } from "./worktree-fs";

export interface TreeMergeInput {
  base: string | undefined;
  ours: string;
  theirs: string | undefined;
  labels: { ours: string; theirs: string };
}

export interface TreeMergeResult {
  /** The merged tree; a conflicted path keeps our version (git's stage 2). */
  files: Map<string, TreeFile>;
  conflicts: FileConflict[];
  /** What a conflicted path looks like in the working tree (markers, or the surviving side). */
  conflictContent: Map<string, Uint8Array>;
}

export async function mergeTrees(ctx: GitContext, input: TreeMergeInput): Promise<TreeMergeResult> {
  const [base, ours, theirs] = await Promise.all([input.base, input.ours, input.theirs].map((oid) => readCommitFiles(ctx, oid)));
  const result: TreeMergeResult = { files: new Map(), conflicts: [], conflictContent: new Map() };
  const paths = [...new Set([...base.keys(), ...ours.keys(), ...theirs.keys()])].sort();
  for (const path of paths) {
    await mergePath(ctx, path, { base: base.get(path), ours: ours.get(path), theirs: theirs.get(path) }, input.labels, result);
  }
  return result;
}

interface Versions {
  base?: TreeFile;
  ours?: TreeFile;
  theirs?: TreeFile;
}

function sameVersion(a: TreeFile | undefined, b: TreeFile | undefined): boolean {
  return a?.oid === b?.oid && a?.mode === b?.mode;
}

async function mergePath(ctx: GitContext, path: string, versions: Versions, labels: TreeMergeInput["labels"], result: TreeMergeResult): Promise<void> {
  const { base, ours, theirs } = versions;
  if (sameVersion(ours, theirs) || sameVersion(theirs, base)) {
    if (ours) result.files.set(path, ours);
    return;
  }
  if (sameVersion(ours, base)) {
    if (theirs) result.files.set(path, theirs);
    return;
  }
  if (ours && !theirs) {
    result.files.set(path, ours);
    result.conflicts.push({ path, kind: "modify/delete", hunks: [] });
    return;
  }
  if (!ours && theirs) {
    result.conflicts.push({ path, kind: "delete/modify", hunks: [] });
    result.conflictContent.set(path, await readBlobBytes(ctx, theirs.oid));
    return;
  }
  if (ours && theirs) await mergeContent(ctx, path, { base, ours, theirs }, labels, result);
}

async function mergeContent(
  ctx: GitContext,
  path: string,
  versions: { base?: TreeFile; ours: TreeFile; theirs: TreeFile },
  labels: TreeMergeInput["labels"],
  result: TreeMergeResult,
): Promise<void> {
  const [baseBytes, oursBytes, theirsBytes] = await Promise.all([
    versions.base ? readBlobBytes(ctx, versions.base.oid) : Promise.resolve(new Uint8Array()),
    readBlobBytes(ctx, versions.ours.oid),
    readBlobBytes(ctx, versions.theirs.oid),
  ]);
  if ([baseBytes, oursBytes, theirsBytes].some(isBinary)) {
    result.files.set(path, versions.ours);
    result.conflicts.push({ path, kind: "binary", hunks: [] });
    return;
  }
  const merged = mergeLines(toText(baseBytes), toText(oursBytes), toText(theirsBytes), labels);
  const mergedBytes = toBytes(merged.text);
  if (merged.conflicts.length > 0) {
    result.files.set(path, versions.ours);
    result.conflicts.push({ path, kind: versions.base ? "content" : "add/add", hunks: merged.conflicts });
    result.conflictContent.set(path, mergedBytes);
    return;
  }
  const oid = await git.writeBlob({ ...gitOptions(ctx), blob: mergedBytes });
  // A mode change on their side only (e.g. made executable) is kept, as git does.
  const mode = versions.ours.mode === versions.base?.mode ? versions.theirs.mode : versions.ours.mode;
  result.files.set(path, { oid, mode });
}
