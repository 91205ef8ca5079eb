"use client";
// The timeline: the simulated clock and its controls above the events of every cluster.
// A failed action is reported twice on purpose: as a workbench notice, and in an alert beside
// the buttons, where the learner's eyes (and focus) are.
import "./timeline.css";
import { useState } from "react";
import { useWorkbench } from "@/components/sandbox/workbench-store";
import { ClockBar } from "./clock-bar";
import { EventList } from "./event-list";

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function TimelinePanel() {
  const view = useWorkbench((state) => state.view);
  const notify = useWorkbench((state) => state.notify);
  const [error, setError] = useState<string | null>(null);

  function perform(action: () => Promise<unknown>) {
    setError(null);
    action().catch((failure: unknown) => {
      const message = messageOf(failure);
      setError(message);
      notify("error", message);
    });
  }

  return (
    // No label of its own: the workbench's "Timeline" tab panel names it.
    <div className="sbx-time">
      {view ? <ClockBar view={view} perform={perform} /> : <p className="sbx-time-empty">The sandbox is starting…</p>}
      <div role="alert" className="sbx-time-alert-region">
        {error ? (
          <p className="sbx-time-alert">
            <span aria-hidden="true">✗ </span>
            {error}{" "}
            <button type="button" className="sbx-time-link" onClick={() => setError(null)}>
              Dismiss
            </button>
          </p>
        ) : null}
      </div>
      {view ? <EventList events={view.events} clusterNames={view.clusters.map((cluster) => cluster.name)} /> : null}
    </div>
  );
}
