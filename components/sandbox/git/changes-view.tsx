"use client";
// The "Changes" tab, as VS Code's source-control view: the commit box, staged and unstaged
// files, and the working-tree diff of the file the learner picked.
import { useId, useRef, useState } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { ChangeList } from "./change-list";
import { splitChanges } from "./change-status";
import { CommitForm } from "./commit-form";
import { DiffView } from "./diff-view";
import { ErrorText } from "./error-text";
import { openInEditor } from "./open-in-editor";
import { useDiff } from "./use-diff";

export interface ChangesViewProps {
  repository: RepositoryView;
  /** Grows with every logged command, so a diff of the same file is read again after an edit. */
  logLength: number;
  announce: (message: string) => void;
}

export function ChangesView({ repository, logLength, announce }: ChangesViewProps) {
  const [selected, setSelected] = useState<string | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const { staged, unstaged } = splitChanges(repository.changes, repository.files);
  const repo = repository.url;
  const conflicts = repository.operation?.conflicts ?? [];
  // A file that is no longer changed has no diff to show.
  const shownPath = selected !== null && repository.changes.some((change) => change.path === selected) ? selected : null;
  const open = (path: string) => void openInEditor(repo, path);

  return (
    <div ref={containerRef} className="sbx-git-changes">
      <CommitForm repository={repository} stagedCount={staged.length} allCount={unstaged.length} announce={announce} />
      {(["staged", "unstaged"] as const).map((kind) => (
        <ChangeList
          key={kind}
          repo={repo}
          kind={kind}
          entries={kind === "staged" ? staged : unstaged}
          conflicts={conflicts}
          selectedPath={shownPath}
          onSelect={(path) => setSelected((current) => (current === path ? null : path))}
          onOpen={open}
          announce={announce}
        />
      ))}
      {shownPath !== null && (
        <WorktreeFileDiff
          repository={repository}
          path={shownPath}
          version={`${logLength}|${repository.head.oid}|${JSON.stringify(repository.changes)}`}
          onOpen={open}
          onClose={() => {
            setSelected(null);
            // The diff unmounts with the focus in it: give it back to the file's button.
            containerRef.current?.querySelector<HTMLButtonElement>(`[data-change-path="${CSS.escape(shownPath)}"]`)?.focus();
          }}
        />
      )}
    </div>
  );
}

interface WorktreeFileDiffProps {
  repository: RepositoryView;
  path: string;
  version: string;
  onOpen: (path: string) => void;
  onClose: () => void;
}

function WorktreeFileDiff({ repository, path, version, onOpen, onClose }: WorktreeFileDiffProps) {
  const headingId = useId();
  const diff = useDiff({ type: "diff-worktree", repo: repository.url }, version);
  const files = diff.files?.filter((file) => file.path === path || file.oldPath === path) ?? null;
  return (
    <section className="sbx-git-diff-section" aria-labelledby={headingId} aria-busy={diff.loading}>
      <div className="sbx-git-section-header">
        <h3 id={headingId} className="sbx-git-section-title">
          Working tree against HEAD: <span className="sbx-git-path">{path}</span>
        </h3>
        <button type="button" className="sbx-git-button" onClick={onClose}>
          Hide diff
        </button>
      </div>
      <ErrorText message={diff.error} />
      {files === null ? diff.error === null && <p className="sbx-git-note">Loading the diff…</p> : <DiffView files={files} onOpenFile={onOpen} />}
    </section>
  );
}
