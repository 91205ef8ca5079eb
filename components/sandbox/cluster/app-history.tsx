"use client";
// "History and rollback": the deployments Argo CD remembers, newest first, each with a
// `argocd app rollback NAME ID` button. Argo CD refuses a rollback while automated sync is on
// (it would sync straight back to Git); the worker says so and the message is shown here.
import type { ApplicationView } from "@/lib/sandbox/view-schema";
import { CommandFeedback, useCommandRunner } from "./command-feedback";
import { formatSimulatedTime, shortRevision } from "./status-presentation";

export function AppHistory({ app }: { app: ApplicationView }) {
  const runner = useCommandRunner();
  const entries = [...app.history].reverse();

  return (
    <details className="sbx-cluster-history">
      <summary>
        History and rollback <span className="sbx-cluster-muted">({app.history.length})</span>
      </summary>
      {app.automated ? <p className="sbx-cluster-muted">Auto-sync is on: Argo CD refuses a rollback until you disable it.</p> : null}
      {entries.length === 0 ? (
        <p className="sbx-cluster-muted">Nothing deployed yet.</p>
      ) : (
        <ol className="sbx-cluster-history-list">
          {entries.map((entry, index) => (
            <li key={entry.id} className="sbx-cluster-history-entry">
              <span className="sbx-cluster-history-id">ID {entry.id}</span>
              <code title={entry.revision}>{shortRevision(entry.revision)}</code>
              <span className="sbx-cluster-muted">{formatSimulatedTime(entry.deployedAt)}</span>
              {index === 0 ? <span className="sbx-cluster-chip">latest</span> : null}
              <button
                type="button"
                className="sbx-cluster-button is-small"
                aria-label={`Roll back ${app.name} to ID ${entry.id}, revision ${shortRevision(entry.revision)}`}
                aria-disabled={runner.pending !== null || undefined}
                onClick={() =>
                  void runner.execute(`rollback-${entry.id}`, { type: "terminal", line: `argocd app rollback ${app.name} ${entry.id}` }, `Rolling back to ID ${entry.id}.`)
                }
              >
                Roll back
              </button>
            </li>
          ))}
        </ol>
      )}
      <CommandFeedback feedback={runner.feedback} />
    </details>
  );
}
