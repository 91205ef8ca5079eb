// Unified diff lines of the live-object view: '-' is what Git wants (desired), '+' what runs
// (live), as lib/sandbox/view-schema.ts documents. Pure.

export type DiffLineKind = "header" | "hunk" | "desired" | "live" | "context";

/**
 * @example classifyDiffLine("-  replicas: 2") // "desired"
 * @example classifyDiffLine("+++ live") // "header"
 */
export function classifyDiffLine(line: string): DiffLineKind {
  if (line.startsWith("---") || line.startsWith("+++")) return "header";
  if (line.startsWith("@@")) return "hunk";
  if (line.startsWith("-")) return "desired";
  if (line.startsWith("+")) return "live";
  return "context";
}

/** How many lines each side contributes: "2 lines from Git, 3 live". */
export function diffCounts(lines: readonly string[]): { desired: number; live: number } {
  let desired = 0;
  let live = 0;
  for (const line of lines) {
    const kind = classifyDiffLine(line);
    if (kind === "desired") desired++;
    else if (kind === "live") live++;
  }
  return { desired, live };
}
