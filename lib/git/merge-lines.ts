// A three-way line merge (diff3): each side's changes against the base are found with jsdiff;
// changes that overlap or touch — no unchanged base line between them, git's rule — are
// merged only when both sides made the same change, otherwise they become a conflict written
// with git's markers. Like git's default "zealous" merge, lines both sides agree on at the
// edges of a conflict are moved outside the markers.
import { diffArrays } from "diff";
import type { ConflictHunk } from "./operation-state";

interface Region {
  side: "ours" | "theirs";
  /** Base lines [start, end) are replaced by `lines`. */
  start: number;
  end: number;
  lines: string[];
}

export interface LineMergeResult {
  text: string;
  conflicts: ConflictHunk[];
}

/** Lines with their terminators, so a missing final newline survives the merge. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * @example mergeLines("a\nb\n", "A\nb\n", "a\nB\n", { ours: "HEAD", theirs: "feature" }) // { text: "A\nB\n", conflicts: [] }
 */
export function mergeLines(base: string, ours: string, theirs: string, labels: { ours: string; theirs: string }): LineMergeResult {
  const baseLines = splitLines(base);
  const regions = [...changeRegions(baseLines, splitLines(ours), "ours"), ...changeRegions(baseLines, splitLines(theirs), "theirs")].sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.side < b.side ? -1 : 1),
  );
  const output: string[] = [];
  const conflicts: ConflictHunk[] = [];
  let cursor = 0;
  for (const cluster of clusterRegions(regions)) {
    const lo = cluster[0].start;
    const hi = Math.max(...cluster.map((region) => region.end));
    output.push(...baseLines.slice(cursor, lo));
    cursor = hi;
    const oursVersion = applyRegions(baseLines, lo, hi, cluster.filter((region) => region.side === "ours"));
    const theirsVersion = applyRegions(baseLines, lo, hi, cluster.filter((region) => region.side === "theirs"));
    const sides = new Set(cluster.map((region) => region.side));
    if (sides.size === 1) output.push(...(sides.has("ours") ? oursVersion : theirsVersion));
    else if (oursVersion.join("") === theirsVersion.join("")) output.push(...oursVersion);
    else conflicts.push(writeConflict(output, baseLines.slice(lo, hi), oursVersion, theirsVersion, labels));
  }
  output.push(...baseLines.slice(cursor));
  return { text: output.join(""), conflicts };
}

function changeRegions(base: string[], side: string[], name: Region["side"]): Region[] {
  const regions: Region[] = [];
  let baseIndex = 0;
  let current: Region | undefined;
  for (const change of diffArrays(base, side)) {
    const count = change.value.length;
    if (!change.added && !change.removed) {
      if (current) regions.push(current);
      current = undefined;
      baseIndex += count;
      continue;
    }
    current ??= { side: name, start: baseIndex, end: baseIndex, lines: [] };
    if (change.removed) {
      current.end += count;
      baseIndex += count;
    } else {
      current.lines.push(...change.value);
    }
  }
  if (current) regions.push(current);
  return regions;
}

// Regions sorted by start; a region joins the current cluster when it starts at or before the
// cluster's end, so adjacent edits from both sides conflict, as in git.
function clusterRegions(regions: Region[]): Region[][] {
  const clusters: Region[][] = [];
  let end = -1;
  for (const region of regions) {
    const last = clusters[clusters.length - 1];
    if (last && region.start <= end) {
      last.push(region);
      end = Math.max(end, region.end);
    } else {
      clusters.push([region]);
      end = region.end;
    }
  }
  return clusters;
}

function applyRegions(base: string[], lo: number, hi: number, regions: Region[]): string[] {
  const lines: string[] = [];
  let cursor = lo;
  for (const region of regions) {
    lines.push(...base.slice(cursor, region.start), ...region.lines);
    cursor = region.end;
  }
  lines.push(...base.slice(cursor, hi));
  return lines;
}

function writeConflict(output: string[], base: string[], ours: string[], theirs: string[], labels: { ours: string; theirs: string }): ConflictHunk {
  let prefix = 0;
  while (prefix < ours.length && prefix < theirs.length && ours[prefix] === theirs[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < ours.length - prefix && suffix < theirs.length - prefix && ours[ours.length - 1 - suffix] === theirs[theirs.length - 1 - suffix]) suffix += 1;
  output.push(...ours.slice(0, prefix));
  const oursMiddle = ours.slice(prefix, ours.length - suffix);
  const theirsMiddle = theirs.slice(prefix, theirs.length - suffix);
  const startLine = output.length + 1;
  output.push(`<<<<<<< ${labels.ours}\n`, ...terminated(oursMiddle), "=======\n", ...terminated(theirsMiddle), `>>>>>>> ${labels.theirs}\n`);
  const endLine = output.length;
  output.push(...ours.slice(ours.length - suffix));
  return { startLine, endLine, ours: oursMiddle.map(withoutNewline), base: base.map(withoutNewline), theirs: theirsMiddle.map(withoutNewline) };
}

// A side whose last line has no newline still needs one before the next marker.
function terminated(lines: string[]): string[] {
  if (lines.length === 0 || lines[lines.length - 1].endsWith("\n")) return lines;
  return [...lines.slice(0, -1), `${lines[lines.length - 1]}\n`];
}

function withoutNewline(line: string): string {
  return line.endsWith("\n") ? line.slice(0, -1) : line;
}
