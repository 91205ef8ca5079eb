"use client";
// The keyboard-simple way to compare any two commits: a From and a To select. They show the
// current selection; From follows the To commit's parent until the learner picks it.
import { useId } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { shortOid, subjectOf } from "./commit-format";

/** What the History diff shows: `from` null is the empty tree (a root commit's parent). */
export interface Comparison {
  from: string | null;
  to: string;
  /** Two commits chosen by the learner, rather than one commit against its parent. */
  pair: boolean;
}

export interface CompareControlsProps {
  commits: RepositoryView["commits"];
  comparison: Comparison | null;
  firstParent: (oid: string) => string | null;
  onChange: (comparison: Comparison) => void;
}

const EMPTY_TREE = "";

export function CompareControls({ commits, comparison, firstParent, onChange }: CompareControlsProps) {
  const id = useId();
  const options = commits.map((commit) => (
    <option key={commit.oid} value={commit.oid}>
      {shortOid(commit.oid)} {subjectOf(commit.message)}
    </option>
  ));

  function changeFrom(value: string) {
    const to = comparison?.to ?? commits[0].oid;
    onChange({ from: value === EMPTY_TREE ? null : value, to, pair: true });
  }

  function changeTo(to: string) {
    if (comparison?.pair) onChange({ ...comparison, to });
    else onChange({ from: firstParent(to), to, pair: false });
  }

  return (
    <fieldset className="sbx-git-compare">
      <legend className="sbx-git-label">Compare commits</legend>
      <div className="sbx-git-field">
        <label htmlFor={`${id}-from`}>From</label>
        <select id={`${id}-from`} className="sbx-git-select" value={comparison?.from ?? EMPTY_TREE} onChange={(event) => changeFrom(event.target.value)}>
          <option value={EMPTY_TREE}>Nothing (the empty tree)</option>
          {options}
        </select>
      </div>
      <div className="sbx-git-field">
        <label htmlFor={`${id}-to`}>To</label>
        <select id={`${id}-to`} className="sbx-git-select" value={comparison?.to ?? ""} onChange={(event) => changeTo(event.target.value)}>
          {comparison === null && (
            <option value="" disabled>
              Choose a commit
            </option>
          )}
          {options}
        </select>
      </div>
    </fieldset>
  );
}
