"use client";
// One commit of the History list: graph slice, branch/tag/HEAD labels in words, subject,
// short SHA, author and time, and its actions. The row is one stop of a roving tabindex; its
// buttons join the tab order only while the row is the current one.
import type { KeyboardEvent } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { CommitGraphCell, graphWidth } from "./commit-graph";
import type { GraphRow } from "./commit-graph-layout";
import { formatAbsoluteTime, formatRelativeTime, shortOid, subjectOf } from "./commit-format";
import { ConfirmButton } from "./confirm-button";
import { ErrorText } from "./error-text";
import { BranchIcon, TagIcon } from "./icons";
import { useCommand } from "./use-command";

export type CommitView = RepositoryView["commits"][number];

/** The names pointing at a commit. */
export interface CommitRefs {
  /** "HEAD → main", "HEAD" when detached, or null when HEAD is elsewhere. */
  head: string | null;
  branches: string[];
  tags: string[];
}

export interface CommitRowProps {
  id: string;
  repo: string;
  commit: CommitView;
  row: GraphRow;
  laneCount: number;
  refs: CommitRefs;
  /** Simulated now, ms. */
  now: number;
  current: boolean;
  selected: boolean;
  /** `extend`: Shift-, Ctrl- or Cmd-click, to compare with the commit already selected. */
  onActivate: (oid: string, extend: boolean) => void;
  onCompare: (oid: string) => void;
  onFocusRow: (oid: string) => void;
  onNavigate: (event: KeyboardEvent<HTMLLIElement>, oid: string) => void;
  announce: (message: string) => void;
}

export function CommitRow({ id, repo, commit, row, laneCount, refs, now, current, selected, onActivate, onCompare, onFocusRow, onNavigate, announce }: CommitRowProps) {
  const reverter = useCommand();
  const short = shortOid(commit.oid);
  const subject = subjectOf(commit.message) || "(no message)";
  const relative = formatRelativeTime(commit.author.timestamp, now);
  const absolute = formatAbsoluteTime(commit.author.timestamp);
  const refWords = [refs.head, ...refs.branches.map((name) => `branch ${name}`), ...refs.tags.map((name) => `tag ${name}`)].filter(Boolean).join(", ");
  const label = `${subject}. ${short} by ${commit.author.name}, ${relative}${commit.parents.length > 1 ? ", merge commit" : ""}${refWords ? `. ${refWords}` : ""}${selected ? ". Selected" : ""}`;
  const tabIndex = current ? 0 : -1;

  async function revert() {
    const result = await reverter.execute({ type: "revert-commit", repo, oid: commit.oid });
    if (result?.ok) announce(result.message ?? `Reverted ${short}`);
  }

  return (
    <li
      id={id}
      className="sbx-git-commit-row"
      tabIndex={tabIndex}
      aria-label={label}
      aria-current={selected ? "true" : undefined}
      onClick={(event) => onActivate(commit.oid, event.shiftKey || event.ctrlKey || event.metaKey)}
      onFocus={(event) => event.target === event.currentTarget && onFocusRow(commit.oid)}
      onKeyDown={(event) => event.target === event.currentTarget && onNavigate(event, commit.oid)}
    >
      <CommitGraphCell row={row} laneCount={laneCount} isHead={refs.head !== null} />
      <div className="sbx-git-commit-body" style={{ paddingInlineStart: graphWidth(laneCount) + 4 }}>
        <div className="sbx-git-commit-title">
          {refs.head && <span className="sbx-git-ref sbx-git-ref-head">{refs.head}</span>}
          {refs.branches.map((name) => (
            <span key={`b-${name}`} className="sbx-git-ref sbx-git-ref-branch">
              <BranchIcon />
              <span className="visually-hidden">branch </span>
              {name}
            </span>
          ))}
          {refs.tags.map((name) => (
            <span key={`t-${name}`} className="sbx-git-ref sbx-git-ref-tag">
              <TagIcon />
              <span className="visually-hidden">tag </span>
              {name}
            </span>
          ))}
          <span className="sbx-git-subject">{subject}</span>
        </div>
        <div className="sbx-git-commit-meta">
          <code className="sbx-git-sha">{short}</code>
          <span className="sbx-git-author">{commit.author.name}</span>
          <time dateTime={new Date(commit.author.timestamp * 1000).toISOString()} title={absolute}>
            {relative}
          </time>
          {/* Clicks on the actions are theirs, not the row's. */}
          <span className="sbx-git-commit-actions" onClick={(event) => event.stopPropagation()}>
            <button type="button" className="sbx-git-button" tabIndex={tabIndex} aria-label={`Compare with… ${short}`} onClick={() => onCompare(commit.oid)}>
              Compare with…
            </button>
            {commit.parents.length > 0 && (
              <ConfirmButton
                label="Revert"
                accessibleLabel={`Revert ${short}`}
                question={`Revert ${short}? A new commit will undo its changes.`}
                confirmLabel="Revert commit"
                disabled={reverter.pending}
                tabIndex={tabIndex}
                onConfirm={() => void revert()}
              />
            )}
          </span>
        </div>
        <ErrorText message={reverter.error} />
      </div>
    </li>
  );
}
