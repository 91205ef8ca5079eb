// Lanes for a commit graph drawn beside a list, one row per commit, as `git log --graph` and
// VS Code's graph draw it: a commit continues the lane of the child that reached it first, a
// merge commit opens (or joins) a lane per extra parent, and lanes waiting for the same commit
// join it on its row. Pure: no React, no DOM, so the geometry is unit-tested.

/** What the layout needs of a commit: the list must have children before parents. */
export interface GraphCommit {
  oid: string;
  parents: readonly string[];
}

/** One row of the graph. Lanes are 0-based columns, left to right. */
export interface GraphRow {
  oid: string;
  /** The lane of this commit's node. */
  lane: number;
  /** Lanes coming down from the row above into this node (its children's lines). */
  incoming: number[];
  /** Lanes leaving this node downwards, one per parent in the list; the first parent first. */
  outgoing: number[];
  /** Lanes passing this row without touching the node, drawn straight down. */
  passing: number[];
  /** True for a commit with two or more parents. */
  isMerge: boolean;
}

export interface CommitGraphLayout {
  rows: GraphRow[];
  /** The widest row's lane count, so every row can reserve the same width. */
  laneCount: number;
}

/**
 * Assigns a lane to each commit and lists the lines to draw around it.
 * Parents missing from the list (a shallow or filtered history) get no line.
 * @example layoutCommitGraph([{ oid: "b", parents: ["a"] }, { oid: "a", parents: [] }]).rows[0]
 * // { oid: "b", lane: 0, incoming: [], outgoing: [0], passing: [], isMerge: false }
 */
export function layoutCommitGraph(commits: readonly GraphCommit[]): CommitGraphLayout {
  const listed = new Set(commits.map((commit) => commit.oid));
  // lanes[k] is the commit lane k is waiting for, or null when the lane is free.
  let lanes: (string | null)[] = [];
  const rows: GraphRow[] = [];
  let laneCount = 0;
  for (const commit of commits) {
    const { row, next } = layoutRow(lanes, commit, listed);
    rows.push(row);
    lanes = next;
    laneCount = Math.max(laneCount, rowWidth(row));
  }
  return { rows, laneCount };
}

function layoutRow(before: readonly (string | null)[], commit: GraphCommit, listed: ReadonlySet<string>): { row: GraphRow; next: (string | null)[] } {
  const incoming = lanesWaitingFor(before, commit.oid);
  const passing = before.flatMap((waiting, lane) => (waiting !== null && waiting !== commit.oid ? [lane] : []));
  const next = before.map((waiting) => (waiting === commit.oid ? null : waiting));
  const lane = incoming.length > 0 ? incoming[0] : firstFreeLane(next);
  const parents = [...new Set(commit.parents)].filter((parent) => listed.has(parent));
  const outgoing: number[] = [];
  parents.forEach((parent, index) => {
    // The first parent continues this commit's lane; another parent joins the lane already
    // waiting for it, or opens the leftmost free one.
    const target = index === 0 ? lane : (lanesWaitingFor(next, parent)[0] ?? firstFreeLane(next));
    setLane(next, target, parent);
    outgoing.push(target);
  });
  return {
    row: { oid: commit.oid, lane, incoming, outgoing, passing, isMerge: commit.parents.length > 1 },
    next: trimFreeLanes(next),
  };
}

function lanesWaitingFor(lanes: readonly (string | null)[], oid: string): number[] {
  return lanes.flatMap((waiting, lane) => (waiting === oid ? [lane] : []));
}

function firstFreeLane(lanes: readonly (string | null)[]): number {
  const free = lanes.indexOf(null);
  return free === -1 ? lanes.length : free;
}

// `lanes` is this row's own working copy, never the caller's array.
function setLane(lanes: (string | null)[], lane: number, oid: string): void {
  while (lanes.length <= lane) lanes.push(null);
  lanes[lane] = oid;
}

function trimFreeLanes(lanes: (string | null)[]): (string | null)[] {
  let end = lanes.length;
  while (end > 0 && lanes[end - 1] === null) end -= 1;
  return lanes.slice(0, end);
}

function rowWidth(row: GraphRow): number {
  return Math.max(row.lane, ...row.incoming, ...row.outgoing, ...row.passing) + 1;
}
