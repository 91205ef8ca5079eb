"use client";
// One pull request, as a forge shows it: title, branches, description, approvals, what it
// changes, and Approve / Merge / Close. A merge the forge cannot make (conflicts, missing
// approvals) is explained by the worker's message beside the Merge button.
import { useEffect, useId, useRef } from "react";
import type { PullRequest } from "@/lib/git/pull-request-schema";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { formatAbsoluteTime, formatRelativeTime, shortOid } from "./commit-format";
import { ConfirmButton } from "./confirm-button";
import { DiffView } from "./diff-view";
import { ErrorText } from "./error-text";
import { approvalsText, PullRequestState } from "./pull-request-state";
import { useCommand } from "./use-command";
import { useDiff } from "./use-diff";

export interface PullRequestDetailProps {
  repository: RepositoryView;
  pullRequest: PullRequest;
  now: number;
  onBack: () => void;
  announce: (message: string) => void;
}

export function PullRequestDetail({ repository, pullRequest, now, onBack, announce }: PullRequestDetailProps) {
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const approver = useCommand();
  const merger = useCommand();
  const closer = useCommand();
  const { number, state } = pullRequest;
  const repo = repository.url;
  const tipOf = (name: string) => repository.branches.find((branch) => branch.name === name)?.oid ?? "";
  const sourceTip = tipOf(pullRequest.source);
  const diff = useDiff({ type: "diff-pull-request", repo, number }, `${state}|${sourceTip}|${tipOf(pullRequest.base)}|${pullRequest.mergeCommit ?? ""}`);

  // On opening, and when the state changes (the buttons that had the focus go away).
  useEffect(() => titleRef.current?.focus(), [number, state]);

  async function act(runner: typeof approver, type: "approve-pull-request" | "merge-pull-request" | "close-pull-request", done: string) {
    const result = await runner.execute({ type, repo, number });
    if (result?.ok) announce(result.message ?? done);
  }

  return (
    <article className="sbx-git-pr" aria-labelledby={titleId}>
      <button type="button" className="sbx-git-button sbx-git-back" onClick={onBack}>
        <span aria-hidden="true">←</span> All pull requests
      </button>
      <h3 id={titleId} ref={titleRef} tabIndex={-1} className="sbx-git-pr-title">
        {pullRequest.title} <span className="sbx-git-pr-number">#{number}</span>
      </h3>
      <p className="sbx-git-pr-meta">
        <PullRequestState state={state} />
        <span>
          <code className="sbx-git-path">{pullRequest.source}</code> <span aria-hidden="true">→</span>
          <span className="visually-hidden">into</span> <code className="sbx-git-path">{pullRequest.base}</code>
        </span>
        <span>
          by {pullRequest.author.name}, <time title={formatAbsoluteTime(pullRequest.createdAt)}>{formatRelativeTime(pullRequest.createdAt, now)}</time>
        </span>
      </p>
      <div className="sbx-git-pr-description">{pullRequest.description.trim() || <span className="sbx-git-note">No description.</span>}</div>
      <p className="sbx-git-pr-approvals">
        {approvalsText(pullRequest.approvals.length)}
        {pullRequest.approvals.length > 0 && ": "}
        {pullRequest.approvals
          .map((approval) => `${approval.reviewer.name}${approval.headOid !== sourceTip && state === "open" ? " (before the latest commit)" : ""}`)
          .join(", ")}
      </p>
      {pullRequest.mergeCommit && (
        <p className="sbx-git-note">
          Merged as <code className="sbx-git-sha">{shortOid(pullRequest.mergeCommit)}</code>.
        </p>
      )}
      {state === "open" && (
        <div className="sbx-git-pr-actions">
          <div className="sbx-git-action">
            <button type="button" className="sbx-git-button" disabled={approver.pending} onClick={() => void act(approver, "approve-pull-request", `Approved #${number}`)}>
              Approve
            </button>
            <ErrorText message={approver.error} />
          </div>
          <div className="sbx-git-action">
            <button
              type="button"
              className="sbx-git-button sbx-git-button-primary"
              disabled={merger.pending}
              onClick={() => void act(merger, "merge-pull-request", `Merged #${number} into ${pullRequest.base}`)}
            >
              {merger.pending ? "Merging…" : `Merge into ${pullRequest.base}`}
            </button>
            <ErrorText message={merger.error} />
          </div>
          <div className="sbx-git-action">
            <ConfirmButton
              label="Close"
              accessibleLabel={`Close pull request #${number}`}
              question={`Close #${number} without merging?`}
              confirmLabel="Close pull request"
              disabled={closer.pending}
              onConfirm={() => void act(closer, "close-pull-request", `Closed #${number}`)}
            />
            <ErrorText message={closer.error} />
          </div>
        </div>
      )}
      <section className="sbx-git-diff-section" aria-label={`Files changed by #${number}`} aria-busy={diff.loading}>
        <h4 className="sbx-git-section-title">Files changed</h4>
        <ErrorText message={diff.error} />
        {diff.files ? <DiffView files={diff.files} /> : diff.error === null && <p className="sbx-git-note">Loading the diff…</p>}
      </section>
    </article>
  );
}
