"use client";
// Always at the top of the git panel: the checked-out branch (a select that switches), and
// the two branch actions a learner needs without a git terminal — a new branch and a merge.
import { useId, useState } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { shortOid } from "./commit-format";
import { ErrorText } from "./error-text";
import { BranchIcon } from "./icons";
import { MergeBranchForm } from "./merge-branch-form";
import { NewBranchForm, type NewBranchDraft } from "./new-branch-form";
import { useCommand } from "./use-command";

export interface BranchBarProps {
  repository: RepositoryView;
  announce: (message: string) => void;
}

type OpenForm = "new-branch" | "merge" | null;

export function BranchBar({ repository, announce }: BranchBarProps) {
  const id = useId();
  const switcher = useCommand();
  const [requested, setRequested] = useState<string | null>(null);
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const [newBranch, setNewBranch] = useState<NewBranchDraft>({ name: "", checkout: true });
  const { head } = repository;
  const names = branchNames(repository);
  const value = switcher.pending && requested !== null ? requested : (head.branch ?? "");

  async function switchTo(name: string) {
    setRequested(name);
    const result = await switcher.execute({ type: "switch-branch", repo: repository.url, name });
    if (result?.ok) announce(`Switched to ${name}`);
  }

  function toggle(form: Exclude<OpenForm, null>) {
    setOpenForm((current) => (current === form ? null : form));
  }

  // The form unmounts with the focus in it: give the focus back to the button that opened it.
  function close(form: Exclude<OpenForm, null>) {
    setOpenForm(null);
    document.getElementById(`${id}-toggle-${form}`)?.focus();
  }

  const errorId = `${id}-switch-error`;
  return (
    <div className="sbx-git-branchbar">
      <div className="sbx-git-row">
        <span className="sbx-git-repo" title={repository.url}>
          <span className="visually-hidden">Repository </span>
          {repository.name}
        </span>
        <label htmlFor={`${id}-branch`} className="sbx-git-inline-label">
          <BranchIcon />
          Branch
        </label>
        <select
          id={`${id}-branch`}
          className="sbx-git-select sbx-git-branch-select"
          value={value}
          disabled={switcher.pending}
          aria-invalid={switcher.error ? true : undefined}
          aria-describedby={switcher.error ? errorId : undefined}
          onChange={(event) => void switchTo(event.target.value)}
        >
          {head.branch === null && (
            <option value="" disabled>
              {head.oid ? `Detached at ${shortOid(head.oid)}` : "No branch"}
            </option>
          )}
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <button
          id={`${id}-toggle-new-branch`}
          type="button"
          className="sbx-git-button"
          aria-expanded={openForm === "new-branch"} aria-controls={`${id}-new-branch`} onClick={() => toggle("new-branch")}>
          New branch
        </button>
        <button
          id={`${id}-toggle-merge`}
          type="button"
          className="sbx-git-button"
          aria-expanded={openForm === "merge"} aria-controls={`${id}-merge`} onClick={() => toggle("merge")}>
          Merge…
        </button>
      </div>
      <ErrorText id={errorId} message={switcher.error} />
      {openForm === "new-branch" && (
        <NewBranchForm
          id={`${id}-new-branch`}
          repository={repository}
          draft={newBranch}
          onDraftChange={setNewBranch}
          onClose={() => close("new-branch")}
          announce={announce}
        />
      )}
      {openForm === "merge" && <MergeBranchForm id={`${id}-merge`} repository={repository} onClose={() => close("merge")} announce={announce} />}
    </div>
  );
}

/** Every branch, plus the checked-out one when it has no commit yet (an empty repository). */
export function branchNames(repository: RepositoryView): string[] {
  const names = repository.branches.map((branch) => branch.name);
  const current = repository.head.branch;
  return current !== null && !names.includes(current) ? [...names, current].sort() : names;
}
