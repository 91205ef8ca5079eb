"use client";
// One of the two lists of the Changes view: staged or unstaged files, each with its status
// letter (and the word behind it), a button that shows its diff, and its own actions and
// error. When an action makes a row leave the list, focus goes to the list's heading.
import { useId, useRef } from "react";
import type { ChangeEntry } from "./change-status";
import { ConfirmButton } from "./confirm-button";
import { ErrorText } from "./error-text";
import { useCommand } from "./use-command";

export interface ChangeListProps {
  repo: string;
  kind: "staged" | "unstaged";
  entries: ChangeEntry[];
  conflicts: readonly string[];
  selectedPath: string | null;
  onSelect: (path: string) => void;
  onOpen: (path: string) => void;
  announce: (message: string) => void;
}

export function ChangeList({ repo, kind, entries, conflicts, selectedPath, onSelect, onOpen, announce }: ChangeListProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bulk = useCommand();
  const title = kind === "staged" ? "Staged changes" : "Changes";
  const paths = entries.map((entry) => entry.path);

  async function moveAll() {
    const result = await bulk.execute(kind === "staged" ? { type: "unstage", repo } : { type: "stage", repo });
    if (!result?.ok) return;
    announce(kind === "staged" ? `Unstaged ${paths.length} ${files(paths.length)}` : `Staged ${paths.length} ${files(paths.length)}`);
    headingRef.current?.focus();
  }

  return (
    <section className="sbx-git-changes-section" aria-labelledby={headingId}>
      <div className="sbx-git-section-header">
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="sbx-git-section-title">
          {title} <span className="sbx-git-count">{entries.length}</span>
        </h3>
        {entries.length > 0 && (
          <button type="button" className="sbx-git-button" disabled={bulk.pending} onClick={() => void moveAll()}>
            {kind === "staged" ? "Unstage all" : "Stage all"}
          </button>
        )}
      </div>
      <ErrorText message={bulk.error} />
      {entries.length === 0 ? (
        <p className="sbx-git-empty">{kind === "staged" ? "Nothing staged." : "No changes in the working tree."}</p>
      ) : (
        <ul className="sbx-git-change-list">
          {entries.map((entry) => (
            <ChangeRow
              key={entry.path}
              repo={repo}
              kind={kind}
              entry={entry}
              conflicted={conflicts.includes(entry.path)}
              selected={entry.path === selectedPath}
              onSelect={onSelect}
              onOpen={onOpen}
              announce={announce}
              onLeave={() => headingRef.current?.focus()}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface ChangeRowProps {
  repo: string;
  kind: "staged" | "unstaged";
  entry: ChangeEntry;
  conflicted: boolean;
  selected: boolean;
  onSelect: (path: string) => void;
  onOpen: (path: string) => void;
  announce: (message: string) => void;
  onLeave: () => void;
}

function ChangeRow({ repo, kind, entry, conflicted, selected, onSelect, onOpen, announce, onLeave }: ChangeRowProps) {
  const action = useCommand();
  const { path, letter, description } = entry;
  const slash = path.lastIndexOf("/");

  async function perform(type: "stage" | "unstage" | "discard", done: string) {
    const result = await action.execute({ type, repo, paths: [path] });
    if (!result?.ok) return;
    announce(`${done} ${path}`);
    onLeave();
  }

  return (
    <li className="sbx-git-change">
      <div className="sbx-git-change-main">
        <span className={`sbx-git-letter sbx-git-letter-${letter}`} title={description}>
          <span aria-hidden="true">{letter}</span>
          <span className="visually-hidden">{description}:</span>
        </span>
        <button
          type="button"
          className="sbx-git-change-path"
          data-change-path={path}
          aria-pressed={selected} title={`Show the changes to ${path}`} onClick={() => onSelect(path)}>
          <span className="sbx-git-file-name">{path.slice(slash + 1)}</span>
          {slash !== -1 && <span className="sbx-git-file-dir">{path.slice(0, slash)}</span>}
        </button>
        {conflicted && <span className="sbx-git-badge sbx-git-badge-warn">Conflict</span>}
      </div>
      <div className="sbx-git-change-actions">
        <button type="button" className="sbx-git-button" aria-label={`Open ${path} in the editor`} onClick={() => onOpen(path)}>
          Open
        </button>
        {kind === "staged" ? (
          <button type="button" className="sbx-git-button" aria-label={`Unstage ${path}`} disabled={action.pending} onClick={() => void perform("unstage", "Unstaged")}>
            Unstage
          </button>
        ) : (
          <button type="button" className="sbx-git-button" aria-label={`Stage ${path}`} disabled={action.pending} onClick={() => void perform("stage", "Staged")}>
            Stage
          </button>
        )}
        <ConfirmButton
          label="Discard"
          accessibleLabel={`Discard ${path}`}
          question={letter === "A" ? `Delete the new file ${path}?` : `Discard every change to ${path}?`}
          confirmLabel={letter === "A" ? "Delete file" : "Discard changes"}
          disabled={action.pending}
          onConfirm={() => void perform("discard", "Discarded the changes to")}
        />
      </div>
      <ErrorText message={action.error} />
    </li>
  );
}

function files(count: number): string {
  return count === 1 ? "file" : "files";
}
