"use client";
// The git panel of the sandbox workbench, for the active repository: the branch bar, an
// unfinished merge or revert, and three tabs — Changes (VS Code's source control), History
// (the commit graph) and Pull requests (a forge) — over the worker's real git.
import { useCallback, useId, useState } from "react";
import { useWorkbench } from "@/components/sandbox/workbench-store";
import { BranchBar } from "./branch-bar";
import { ChangesView } from "./changes-view";
import { HistoryView } from "./history-view";
import { OperationBanner } from "./operation-banner";
import { PanelTabs, tabId, tabPanelId, type PanelTab } from "./panel-tabs";
import { PullRequestsView } from "./pull-requests-view";
import { RepositoryActions } from "./repository-actions";
import "./git.css";

type GitTab = "changes" | "history" | "pull-requests";

/**
 * Shows the repository `useWorkbench().activeRepo` names; it takes no props.
 * @example <GitPanel />
 */
export function GitPanel() {
  const id = useId();
  const view = useWorkbench((state) => state.view);
  const activeRepo = useWorkbench((state) => state.activeRepo);
  const [tab, setTab] = useState<GitTab>("changes");
  const [announcement, setAnnouncement] = useState("");
  // A live region only speaks when its text changes: the same message twice differs by a space.
  const announce = useCallback((message: string) => setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message)), []);
  const repository = view?.repositories.find((candidate) => candidate.url === activeRepo) ?? null;

  const liveRegion = (
    <p className="visually-hidden" role="status">
      {announcement}
    </p>
  );
  if (view === null || repository === null) {
    return (
      <div className="sbx-git">
        <p className="sbx-git-empty">{view === null ? "The sandbox is starting…" : "Choose a repository to see its changes, history and pull requests."}</p>
        {liveRegion}
      </div>
    );
  }

  const tabs: PanelTab<GitTab>[] = [
    { id: "changes", label: "Changes", count: repository.changes.length },
    { id: "history", label: "History" },
    { id: "pull-requests", label: "Pull requests", count: repository.pullRequests.filter((pullRequest) => pullRequest.state === "open").length },
  ];
  const panel = (which: GitTab) => ({
    id: tabPanelId(id, which),
    role: "tabpanel",
    "aria-labelledby": tabId(id, which),
    hidden: tab !== which,
    className: "sbx-git-tabpanel",
  });

  return (
    <div className="sbx-git">
      <BranchBar repository={repository} announce={announce} />
      {repository.operation && (
        <OperationBanner
          repository={repository}
          operation={repository.operation}
          announce={announce}
          // The banner goes away with the focus in it: the active tab takes it.
          onFinished={() => document.getElementById(tabId(id, tab))?.focus()}
        />
      )}
      <PanelTabs idPrefix={id} label="Git views" tabs={tabs} active={tab} onSelect={setTab} />
      <div {...panel("changes")}>
        <ChangesView repository={repository} logLength={view.logLength} announce={announce} />
      </div>
      <div {...panel("history")}>
        <HistoryView key={repository.url} repository={repository} now={view.time} announce={announce} />
      </div>
      <div {...panel("pull-requests")}>
        <PullRequestsView repository={repository} now={view.time} announce={announce} />
      </div>
      <RepositoryActions repository={repository} announce={announce} />
      {liveRegion}
    </div>
  );
}
