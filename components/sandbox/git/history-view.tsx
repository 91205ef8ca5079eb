"use client";
// The "History" tab: the commit graph with its list, and the diff of what is selected — one
// commit against its first parent, or any two commits ("Compare with…", or the From/To
// selects). The list is one tab stop; arrows, Home and End move through it.
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { layoutCommitGraph } from "./commit-graph-layout";
import { shortOid } from "./commit-format";
import { CommitRow, type CommitRefs } from "./commit-row";
import { CompareControls, type Comparison } from "./compare-controls";
import { DiffView } from "./diff-view";
import { ErrorText } from "./error-text";
import { useDiff } from "./use-diff";

export interface HistoryViewProps {
  repository: RepositoryView;
  /** Simulated now, ms. */
  now: number;
  announce: (message: string) => void;
}

export function HistoryView({ repository, now, announce }: HistoryViewProps) {
  const id = useId();
  const { commits } = repository;
  const layout = useMemo(() => layoutCommitGraph(commits), [commits]);
  const [focused, setFocused] = useState<string | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [picking, setPicking] = useState<string | null>(null);
  const indexOf = useMemo(() => new Map(commits.map((commit, index) => [commit.oid, index])), [commits]);
  // The row that is the list's one tab stop: the last one focused, else HEAD, else the newest.
  const head = repository.head.oid;
  const current = focused !== null && indexOf.has(focused) ? focused : head !== null && indexOf.has(head) ? head : (commits[0]?.oid ?? null);
  const shown = comparison && indexOf.has(comparison.to) && (comparison.from === null || indexOf.has(comparison.from)) ? comparison : null;
  const rowId = (oid: string) => `${id}-commit-${oid}`;

  function firstParent(oid: string): string | null {
    const parent = commits[indexOf.get(oid) ?? -1]?.parents[0];
    return parent !== undefined && indexOf.has(parent) ? parent : null;
  }

  /** Shows a commit's changes; with a commit already chosen to compare with (or Shift/Ctrl-click), the two. */
  function activate(oid: string, extend = false) {
    setFocused(oid);
    const anchor = picking ?? (extend && shown !== null ? shown.to : null);
    if (anchor !== null && anchor !== oid) {
      // Children come before parents, so the later row is the older side.
      const [newer, older] = [anchor, oid].sort((a, b) => (indexOf.get(a) ?? 0) - (indexOf.get(b) ?? 0));
      setComparison({ from: older, to: newer, pair: true });
      setPicking(null);
      announce(`Comparing ${shortOid(older)} with ${shortOid(newer)}`);
      return;
    }
    setPicking(null);
    setComparison({ from: firstParent(oid), to: oid, pair: false });
  }

  function startCompare(oid: string) {
    // "Compare with…" on a second row while choosing finishes the pair.
    if (picking !== null && picking !== oid) {
      activate(oid);
      return;
    }
    setFocused(oid);
    setPicking(oid);
    announce(`Choose the commit to compare ${shortOid(oid)} with, then press Enter on it.`);
    document.getElementById(rowId(oid))?.focus();
  }

  function navigate(event: KeyboardEvent<HTMLLIElement>, oid: string) {
    const index = indexOf.get(oid) ?? 0;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      activate(oid);
      return;
    }
    if (event.key === "Escape" && picking !== null) {
      setPicking(null);
      return;
    }
    const target =
      event.key === "ArrowDown" ? Math.min(index + 1, commits.length - 1)
      : event.key === "ArrowUp" ? Math.max(index - 1, 0)
      : event.key === "Home" ? 0
      : event.key === "End" ? commits.length - 1
      : -1;
    if (target === -1) return;
    event.preventDefault();
    setFocused(commits[target].oid);
    document.getElementById(rowId(commits[target].oid))?.focus();
  }

  if (commits.length === 0) return <p className="sbx-git-empty">No commits yet. Commit a change to start the history.</p>;

  return (
    <div className="sbx-git-history">
      <CompareControls commits={commits} comparison={shown} firstParent={firstParent} onChange={setComparison} />
      {picking !== null && (
        <p className="sbx-git-picking">
          Choose the commit to compare <code className="sbx-git-sha">{shortOid(picking)}</code> with: click it, or press Enter on it.{" "}
          <button type="button" className="sbx-git-button" onClick={() => setPicking(null)}>
            Cancel
          </button>
        </p>
      )}
      <ul className="sbx-git-commits" aria-label={`Commits of ${repository.name}, newest first`}>
        {commits.map((commit, index) => (
          <CommitRow
            key={commit.oid}
            id={rowId(commit.oid)}
            repo={repository.url}
            commit={commit}
            row={layout.rows[index]}
            laneCount={layout.laneCount}
            refs={refsOf(repository, commit.oid)}
            now={now}
            current={commit.oid === current}
            selected={shown !== null && (shown.to === commit.oid || (shown.pair && shown.from === commit.oid))}
            onActivate={activate}
            onCompare={startCompare}
            onFocusRow={setFocused}
            onNavigate={navigate}
            announce={announce}
          />
        ))}
      </ul>
      {shown ? <CommitDiff repo={repository.url} comparison={shown} /> : <p className="sbx-git-note">Select a commit to see what it changed.</p>}
    </div>
  );
}

function CommitDiff({ repo, comparison }: { repo: string; comparison: Comparison }) {
  const headingId = useId();
  const diff = useDiff({ type: "diff-commits", repo, from: comparison.from, to: comparison.to });
  const { from, to } = comparison;
  const title = comparison.pair
    ? `Changes from ${from === null ? "the empty tree" : shortOid(from)} to ${shortOid(to)}`
    : `Changes in ${shortOid(to)} ${from === null ? "(the first commit: everything it added)" : `(against its parent ${shortOid(from)})`}`;
  return (
    <section className="sbx-git-diff-section" aria-labelledby={headingId} aria-busy={diff.loading}>
      <h3 id={headingId} className="sbx-git-section-title">
        {title}
      </h3>
      <ErrorText message={diff.error} />
      {diff.files ? <DiffView files={diff.files} /> : diff.error === null && <p className="sbx-git-note">Loading the diff…</p>}
    </section>
  );
}

function refsOf(repository: RepositoryView, oid: string): CommitRefs {
  const { head } = repository;
  const atHead = head.oid === oid;
  const branches = repository.branches.filter((branch) => branch.oid === oid).map((branch) => branch.name);
  return {
    head: atHead ? (head.branch !== null ? `HEAD → ${head.branch}` : "HEAD") : null,
    branches: atHead && head.branch !== null ? branches.filter((name) => name !== head.branch) : branches,
    tags: repository.tags.filter((tag) => tag.commit === oid).map((tag) => tag.name),
  };
}
