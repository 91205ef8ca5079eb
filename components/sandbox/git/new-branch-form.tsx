"use client";
// "New branch": a name and whether to switch to it, sent as create-branch. The draft lives in
// the branch bar, so closing the form keeps what was typed.
import { useEffect, useRef, type FormEvent } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { ErrorText } from "./error-text";
import { useCommand } from "./use-command";

export interface NewBranchDraft {
  name: string;
  checkout: boolean;
}

export interface NewBranchFormProps {
  id: string;
  repository: RepositoryView;
  draft: NewBranchDraft;
  onDraftChange: (draft: NewBranchDraft) => void;
  onClose: () => void;
  announce: (message: string) => void;
}

export function NewBranchForm({ id, repository, draft, onDraftChange, onClose, announce }: NewBranchFormProps) {
  const creator = useCommand();
  const nameRef = useRef<HTMLInputElement>(null);
  const errorId = `${id}-error`;

  useEffect(() => nameRef.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const name = draft.name.trim();
    const result = await creator.execute({ type: "create-branch", repo: repository.url, name, checkout: draft.checkout });
    if (!result?.ok) {
      nameRef.current?.focus();
      return;
    }
    announce(draft.checkout ? `Created branch ${name} and switched to it` : `Created branch ${name}`);
    onDraftChange({ name: "", checkout: draft.checkout });
    onClose();
  }

  return (
    <form id={id} className="sbx-git-inline-form" aria-label="New branch" onSubmit={onSubmit} onKeyDown={(event) => event.key === "Escape" && onClose()}>
      <div className="sbx-git-field">
        <label htmlFor={`${id}-name`}>Branch name</label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          className="sbx-git-input"
          value={draft.name}
          autoComplete="off"
          spellCheck={false}
          aria-required="true"
          aria-invalid={creator.error ? true : undefined}
          aria-describedby={creator.error ? errorId : undefined}
          onChange={(event) => onDraftChange({ ...draft, name: event.target.value })}
        />
        <ErrorText id={errorId} message={creator.error} />
      </div>
      <label className="sbx-git-check">
        <input type="checkbox" checked={draft.checkout} onChange={(event) => onDraftChange({ ...draft, checkout: event.target.checked })} />
        Switch to it
      </label>
      <div className="sbx-git-row">
        <button type="submit" className="sbx-git-button sbx-git-button-primary" disabled={creator.pending}>
          {creator.pending ? "Creating…" : "Create branch"}
        </button>
        <button type="button" className="sbx-git-button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
