"use client";
// A merge or revert stopped on conflicts: which one, the files to fix (each opens in the
// editor at its first <<<<<<< marker), then conclude or abort — git's MERGE_HEAD workflow.
import { useId } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { shortOid } from "./commit-format";
import { ConfirmButton } from "./confirm-button";
import { ErrorText } from "./error-text";
import { WarningIcon } from "./icons";
import { openAtFirstConflict } from "./open-in-editor";
import { useCommand } from "./use-command";

type Operation = NonNullable<RepositoryView["operation"]>;

export interface OperationBannerProps {
  repository: RepositoryView;
  operation: Operation;
  announce: (message: string) => void;
  /** Called once the operation is concluded or aborted (the banner is about to disappear). */
  onFinished: () => void;
}

/** "Merging feature into main" or "Reverting 1a2b3c4 on main". */
export function describeOperation(repository: RepositoryView, operation: Operation): string {
  if (operation.kind === "revert") return `Reverting ${shortOid(operation.theirs)} on ${operation.branch}`;
  const source = repository.branches.find((branch) => branch.oid === operation.theirs && branch.name !== operation.branch);
  return `Merging ${source?.name ?? shortOid(operation.theirs)} into ${operation.branch}`;
}

export function OperationBanner({ repository, operation, announce, onFinished }: OperationBannerProps) {
  const titleId = useId();
  const concluder = useCommand();
  const aborter = useCommand();
  const noun = operation.kind === "merge" ? "merge" : "revert";
  const count = operation.conflicts.length;

  async function conclude() {
    const result = await concluder.execute({ type: "conclude-merge", repo: repository.url });
    if (!result?.ok) return;
    announce(result.message ?? `The ${noun} is concluded.`);
    onFinished();
  }

  async function abort() {
    const result = await aborter.execute({ type: "abort-merge", repo: repository.url });
    if (!result?.ok) return;
    announce(result.message ?? `The ${noun} is aborted.`);
    onFinished();
  }

  return (
    <section className="sbx-git-banner" aria-labelledby={titleId}>
      <p id={titleId} className="sbx-git-banner-title">
        <WarningIcon />
        <span>
          <strong>{describeOperation(repository, operation)}</strong> — {count} {count === 1 ? "conflict" : "conflicts"}
        </span>
      </p>
      {count > 0 && (
        <>
          <ul className="sbx-git-conflicts">
            {operation.conflicts.map((path) => (
              <li key={path}>
                <code className="sbx-git-path">{path}</code>
                <button type="button" className="sbx-git-button" aria-label={`Open in editor: ${path}`} onClick={() => void openAtFirstConflict(repository.url, path)}>
                  Open in editor
                </button>
              </li>
            ))}
          </ul>
          <p className="sbx-git-hint">
            In each file keep the lines you want and delete the <code>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</code>, <code>=======</code> and{" "}
            <code>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</code> marker lines, save, then conclude the {noun}.
          </p>
        </>
      )}
      <div className="sbx-git-row">
        <button type="button" className="sbx-git-button sbx-git-button-primary" disabled={concluder.pending} onClick={() => void conclude()}>
          {concluder.pending ? "Concluding…" : `Conclude ${noun}`}
        </button>
        <ConfirmButton
          label="Abort"
          accessibleLabel={`Abort the ${noun}`}
          question={`Abort the ${noun}? Your conflict fixes are thrown away.`}
          confirmLabel={`Abort ${noun}`}
          disabled={aborter.pending}
          onConfirm={() => void abort()}
        />
      </div>
      <ErrorText message={concluder.error} />
      <ErrorText message={aborter.error} />
    </section>
  );
}
