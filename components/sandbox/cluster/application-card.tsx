"use client";
// One Argo CD Application: status, revision, the running or last operation, conditions,
// Refresh / Sync, the sync policy, history and rollback, and its resource tree with the
// Application as the root (as Argo CD draws it).
import { useId, useState } from "react";
import type { ApplicationView } from "@/lib/sandbox/view-schema";
import { useWorkbench } from "../workbench-store";
import { AppHistory } from "./app-history";
import { CommandFeedback, useCommandRunner } from "./command-feedback";
import { findNode } from "./flatten-tree";
import { ResourceDetails } from "./resource-details";
import { ResourceTree } from "./resource-tree";
import { Heading, nextLevel, type HeadingLevel } from "./heading";
import { HealthBadge, SyncBadge } from "./status-badge";
import { operationPresentation, shortRevision } from "./status-presentation";
import { SyncPolicy } from "./sync-policy";
import { applicationRoot } from "./tree-roots";

interface ApplicationCardProps {
  app: ApplicationView;
  /** The cluster the trees are narrowed to, or null for all. */
  cluster: string | null;
  /** Whether the selected resource's details belong under this card's tree. */
  showDetails: boolean;
  level: HeadingLevel;
}

function repositoryName(url: string): string {
  return url.replace(/\/+$/, "").split("/").at(-1)?.replace(/\.git$/, "") || url;
}

export function ApplicationCard({ app, cluster, showDetails, level }: ApplicationCardProps) {
  const selected = useWorkbench((state) => state.selected);
  const runner = useCommandRunner();
  const [prune, setPrune] = useState(false);
  const headingId = useId();
  const root = applicationRoot(app, cluster);
  const revision = shortRevision(app.sync.revision);
  const operation = app.operation ? operationPresentation(app.operation) : null;
  const busy = runner.pending !== null || undefined;

  return (
    <article className="sbx-cluster-card" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} className="sbx-cluster-card-title">
        <span className="sbx-cluster-kind" title="Application">
          app
        </span>
        {app.name}
      </Heading>
      <div className="sbx-cluster-badges">
        <SyncBadge status={app.sync.status} />
        <HealthBadge status={app.health.status} message={app.health.message} />
      </div>
      <dl className="sbx-cluster-facts">
        <div>
          <dt>Revision</dt>
          <dd>{revision ? <code title={app.sync.revision}>{revision}</code> : <span className="sbx-cluster-muted">not compared yet</span>}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd title={app.source.repoURL}>
            {repositoryName(app.source.repoURL)}/{app.source.path} @ {app.source.targetRevision}
          </dd>
        </div>
        <div>
          <dt>Destination</dt>
          <dd>
            {app.destination.cluster} / {app.destination.namespace}
          </dd>
        </div>
      </dl>
      {operation ? (
        <p className={`sbx-cluster-operation sbx-cluster-tone-${operation.tone}`}>
          <span className="sbx-cluster-icon" aria-hidden="true">
            {operation.icon}
          </span>
          <span className="sbx-cluster-operation-text">{operation.label}</span>
        </p>
      ) : null}
      {app.conditions.length > 0 ? (
        <ul className="sbx-cluster-conditions" aria-label={`Conditions of ${app.name}`}>
          {app.conditions.map((condition, index) => (
            <li key={`${condition.type}-${index}`} className="sbx-cluster-condition">
              <span className="sbx-cluster-icon sbx-cluster-tone-warn" aria-hidden="true">
                ⚠
              </span>
              <span>
                <strong>{condition.type}</strong> {condition.message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="sbx-cluster-row sbx-cluster-actions">
        <button type="button" className="sbx-cluster-button" aria-disabled={busy} onClick={() => void runner.execute("refresh", { type: "refresh-now" }, "Refreshed: compared with Git again.")}>
          Refresh
        </button>
        <button
          type="button"
          className="sbx-cluster-button is-primary"
          aria-disabled={busy}
          onClick={() => void runner.execute("sync", { type: "sync-app", name: app.name, prune }, prune ? "Sync with prune started." : "Sync started.")}
        >
          Sync
        </button>
        <label className="sbx-cluster-check">
          <input type="checkbox" checked={prune} onChange={(event) => setPrune(event.target.checked)} />
          Prune
        </label>
      </div>
      <CommandFeedback feedback={runner.feedback} />
      <SyncPolicy app={app} />
      <AppHistory app={app} />
      <ResourceTree roots={[root]} label={`Resources of ${app.name}`} />
      {cluster !== null && root.children.length === 0 && app.resources.length > 0 ? (
        <p className="sbx-cluster-muted">None of its resources are in cluster {cluster}.</p>
      ) : null}
      {showDetails ? <ResourceDetails node={findNode([root], selected)} level={nextLevel(level)} /> : null}
    </article>
  );
}
