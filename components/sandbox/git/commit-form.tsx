"use client";
// The commit box: staged changes when there are any, else every change (`git commit -a` plus
// new files) — the button says which. The message is kept per repository and only cleared by
// a successful commit; the worker's validation message sits on the field.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { commitButtonLabel } from "./change-status";
import { shortOid } from "./commit-format";
import { ErrorText } from "./error-text";
import { useCommand } from "./use-command";
import { waitForRepository } from "./wait-for-repository";

export interface CommitFormProps {
  repository: RepositoryView;
  stagedCount: number;
  /** Files a commit of everything would take (used when nothing is staged). */
  allCount: number;
  announce: (message: string) => void;
}

export function CommitForm({ repository, stagedCount, allCount, announce }: CommitFormProps) {
  const id = useId();
  const committer = useCommand();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errorRepo, setErrorRepo] = useState<string | null>(null);
  const repo = repository.url;
  const message = drafts[repo] ?? "";
  const error = errorRepo === repo ? committer.error : null;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  async function commit() {
    const before = repository.head.oid;
    setErrorRepo(repo);
    const result = await committer.execute({ type: "commit", repo, message, ...(stagedCount === 0 ? { all: true } : {}) });
    if (!result?.ok) {
      textareaRef.current?.focus();
      return;
    }
    setDrafts((current) => ({ ...current, [repo]: "" }));
    const after = await waitForRepository(repo, (candidate) => candidate.head.oid !== null && candidate.head.oid !== before);
    announce(after?.head.oid ? `Committed ${shortOid(after.head.oid)}` : (result.message ?? "Committed"));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!committer.pending) void commit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }

  return (
    <form className="sbx-git-commit" onSubmit={onSubmit}>
      <label htmlFor={`${id}-message`} className="sbx-git-label">
        Commit message
      </label>
      <textarea
        ref={textareaRef}
        id={`${id}-message`}
        className="sbx-git-textarea"
        rows={3}
        value={message}
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => setDrafts((current) => ({ ...current, [repo]: event.target.value }))}
        onKeyDown={onKeyDown}
      />
      <ErrorText id={errorId} message={error} />
      <p id={hintId} className="sbx-git-hint">
        Ctrl+Enter (⌘+Enter on a Mac) commits.
      </p>
      <button type="submit" className="sbx-git-button sbx-git-button-primary sbx-git-commit-button" disabled={committer.pending || stagedCount + allCount === 0}>
        {committer.pending ? "Committing…" : commitButtonLabel(stagedCount, allCount)}
      </button>
    </form>
  );
}
