"use client";
// "Merge…": another branch into the checked-out one, as `git merge`. On conflicts the worker
// records the unfinished merge (the banner takes over) and names a file to open.
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { ErrorText } from "./error-text";
import { useCommand } from "./use-command";

export interface MergeBranchFormProps {
  id: string;
  repository: RepositoryView;
  onClose: () => void;
  announce: (message: string) => void;
}

export function MergeBranchForm({ id, repository, onClose, announce }: MergeBranchFormProps) {
  const merger = useCommand();
  const selectRef = useRef<HTMLSelectElement>(null);
  const current = repository.head.branch;
  const others = repository.branches.map((branch) => branch.name).filter((name) => name !== current);
  const [chosen, setChosen] = useState("");
  const from = others.includes(chosen) ? chosen : (others[0] ?? "");
  const errorId = `${id}-error`;

  useEffect(() => selectRef.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await merger.execute({ type: "merge-branch", repo: repository.url, from });
    if (!result?.ok) return;
    announce(result.message ?? `Merged ${from} into ${current ?? "HEAD"}`);
    onClose();
  }

  if (current === null) {
    return (
      <div id={id} className="sbx-git-inline-form">
        <p className="sbx-git-note">HEAD is detached: switch to a branch before you merge.</p>
      </div>
    );
  }
  if (others.length === 0) {
    return (
      <div id={id} className="sbx-git-inline-form">
        <p className="sbx-git-note">There is no other branch to merge. Create one first.</p>
      </div>
    );
  }
  return (
    <form id={id} className="sbx-git-inline-form" aria-label={`Merge into ${current}`} onSubmit={onSubmit} onKeyDown={(event) => event.key === "Escape" && onClose()}>
      <div className="sbx-git-field">
        <label htmlFor={`${id}-from`}>Branch to merge into {current}</label>
        <select
          ref={selectRef}
          id={`${id}-from`}
          className="sbx-git-select"
          value={from}
          aria-invalid={merger.error ? true : undefined}
          aria-describedby={merger.error ? errorId : undefined}
          onChange={(event) => setChosen(event.target.value)}
        >
          {others.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <ErrorText id={errorId} message={merger.error} />
      </div>
      <div className="sbx-git-row">
        <button type="submit" className="sbx-git-button sbx-git-button-primary" disabled={merger.pending}>
          {merger.pending ? "Merging…" : `Merge ${from} into ${current}`}
        </button>
        <button type="button" className="sbx-git-button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
