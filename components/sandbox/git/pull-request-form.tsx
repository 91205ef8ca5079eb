"use client";
// "New pull request": source and base branches, title and description → open-pull-request.
// The draft lives in the Pull requests view, so leaving the form keeps what was typed.
import { useEffect, useId, useRef, type FormEvent } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { ErrorText } from "./error-text";
import { useCommand } from "./use-command";
import { waitForRepository } from "./wait-for-repository";

export interface PullRequestDraft {
  /** Empty until the learner picks one: the default applies. */
  source: string;
  base: string;
  title: string;
  description: string;
}

export const EMPTY_PULL_REQUEST_DRAFT: PullRequestDraft = { source: "", base: "", title: "", description: "" };

export interface PullRequestFormProps {
  repository: RepositoryView;
  draft: PullRequestDraft;
  onDraftChange: (draft: PullRequestDraft) => void;
  onCancel: () => void;
  /** Called with the new pull request's number once the view shows it (null if it does not in time). */
  onOpened: (number: number | null) => void;
}

export function PullRequestForm({ repository, draft, onDraftChange, onCancel, onOpened }: PullRequestFormProps) {
  const id = useId();
  const opener = useCommand();
  const titleRef = useRef<HTMLInputElement>(null);
  const names = repository.branches.map((branch) => branch.name);
  const base = names.includes(draft.base) ? draft.base : names.includes("main") ? "main" : (names[0] ?? "");
  const fallbackSource = names.find((name) => name === repository.head.branch && name !== base) ?? names.find((name) => name !== base) ?? "";
  const source = names.includes(draft.source) ? draft.source : fallbackSource;
  // A missing title is the title's error; anything else (same branch, unknown branch) is the form's.
  const titleError = opener.error && draft.title.trim() === "" ? opener.error : null;
  const formError = opener.error && !titleError ? opener.error : null;

  useEffect(() => titleRef.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const known = new Set(repository.pullRequests.map((pullRequest) => pullRequest.number));
    const result = await opener.execute({ type: "open-pull-request", repo: repository.url, source, base, title: draft.title, description: draft.description });
    if (!result?.ok) {
      if (draft.title.trim() === "") titleRef.current?.focus();
      return;
    }
    onDraftChange(EMPTY_PULL_REQUEST_DRAFT);
    const after = await waitForRepository(repository.url, (candidate) => candidate.pullRequests.some((pullRequest) => !known.has(pullRequest.number)));
    onOpened(after?.pullRequests.find((pullRequest) => !known.has(pullRequest.number))?.number ?? null);
  }

  const set = (change: Partial<PullRequestDraft>) => onDraftChange({ ...draft, ...change });
  return (
    <form className="sbx-git-inline-form sbx-git-pr-form" aria-label="New pull request" onSubmit={onSubmit}>
      <div className="sbx-git-row sbx-git-row-fields">
        <div className="sbx-git-field">
          <label htmlFor={`${id}-source`}>Source branch</label>
          <select id={`${id}-source`} className="sbx-git-select" value={source} onChange={(event) => set({ source: event.target.value })}>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="sbx-git-field">
          <label htmlFor={`${id}-base`}>Base branch</label>
          <select id={`${id}-base`} className="sbx-git-select" value={base} onChange={(event) => set({ base: event.target.value })}>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="sbx-git-field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          className="sbx-git-input"
          value={draft.title}
          autoComplete="off"
          aria-required="true"
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${id}-title-error` : undefined}
          onChange={(event) => set({ title: event.target.value })}
        />
        <ErrorText id={`${id}-title-error`} message={titleError} />
      </div>
      <div className="sbx-git-field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea id={`${id}-description`} className="sbx-git-textarea" rows={4} value={draft.description} onChange={(event) => set({ description: event.target.value })} />
      </div>
      <ErrorText message={formError} />
      {source === "" && <p className="sbx-git-note">A pull request proposes another branch&apos;s commits: create a branch and commit on it first.</p>}
      <div className="sbx-git-row">
        <button type="submit" className="sbx-git-button sbx-git-button-primary" disabled={opener.pending || source === ""}>
          {opener.pending ? "Creating…" : "Create pull request"}
        </button>
        <button type="button" className="sbx-git-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
