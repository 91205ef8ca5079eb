"use client";
// The "Pull requests" tab: the list (newest first), the form for a new one, and one pull
// request in detail. Back from the detail returns focus to its entry in the list.
import { useEffect, useId, useState } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { PullRequestDetail } from "./pull-request-detail";
import { EMPTY_PULL_REQUEST_DRAFT, PullRequestForm, type PullRequestDraft } from "./pull-request-form";
import { approvalsText, PullRequestState } from "./pull-request-state";

export interface PullRequestsViewProps {
  repository: RepositoryView;
  now: number;
  announce: (message: string) => void;
}

export function PullRequestsView({ repository, now, announce }: PullRequestsViewProps) {
  const id = useId();
  const [openNumber, setOpenNumber] = useState<number | null>(null);
  // A new object each time, so returning to the same element twice still moves focus.
  const [returnTo, setReturnTo] = useState<{ elementId: string } | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [draft, setDraft] = useState<PullRequestDraft>(EMPTY_PULL_REQUEST_DRAFT);
  const pullRequests = [...repository.pullRequests].sort((a, b) => b.number - a.number);
  const opened = pullRequests.find((pullRequest) => pullRequest.number === openNumber) ?? null;
  const itemId = (number: number) => `${id}-pr-${number}`;

  // Focus moves once the element it goes to is on screen.
  useEffect(() => {
    if (returnTo !== null && opened === null) document.getElementById(returnTo.elementId)?.focus();
  }, [returnTo, opened]);

  if (opened) {
    return (
      <PullRequestDetail
        repository={repository}
        pullRequest={opened}
        now={now}
        announce={announce}
        onBack={() => {
          setOpenNumber(null);
          setReturnTo({ elementId: itemId(opened.number) });
        }}
      />
    );
  }

  return (
    <div className="sbx-git-prs">
      <div className="sbx-git-section-header">
        <h3 className="sbx-git-section-title">
          Pull requests <span className="sbx-git-count">{pullRequests.filter((pullRequest) => pullRequest.state === "open").length} open</span>
        </h3>
        <button
          id={`${id}-new`}
          type="button"
          className="sbx-git-button"
          aria-expanded={formOpen}
          aria-controls={`${id}-form`}
          onClick={() => setFormOpen((open) => !open)}
        >
          New pull request
        </button>
      </div>
      {formOpen && (
        <div id={`${id}-form`}>
          <PullRequestForm
            repository={repository}
            draft={draft}
            onDraftChange={setDraft}
            onCancel={() => {
              setFormOpen(false);
              setReturnTo({ elementId: `${id}-new` });
            }}
            onOpened={(number) => {
              setFormOpen(false);
              announce(number === null ? "Pull request opened" : `Opened pull request #${number}`);
              if (number !== null) setOpenNumber(number);
              else setReturnTo({ elementId: `${id}-new` });
            }}
          />
        </div>
      )}
      {pullRequests.length === 0 ? (
        <p className="sbx-git-empty">No pull requests yet. Commit on a branch, then open one to propose merging it.</p>
      ) : (
        <ul className="sbx-git-pr-list">
          {pullRequests.map((pullRequest) => (
            <li key={pullRequest.number}>
              <button id={itemId(pullRequest.number)} type="button" className="sbx-git-pr-item" onClick={() => setOpenNumber(pullRequest.number)}>
                <span className="sbx-git-pr-item-title">
                  {pullRequest.title} <span className="sbx-git-pr-number">#{pullRequest.number}</span>
                </span>
                <span className="sbx-git-pr-item-meta">
                  <PullRequestState state={pullRequest.state} />
                  <span>
                    {pullRequest.source} <span aria-hidden="true">→</span>
                    <span className="visually-hidden">into</span> {pullRequest.base}
                  </span>
                  <span>{approvalsText(pullRequest.approvals.length)}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
