"use client";
// The simulated clock and what moves it: play/pause, speed, step to the next reconcile,
// refresh now, undo and reset. Failures go to `perform`, which reports them.
import { useId, useState } from "react";
import { useWorkbench } from "@/components/sandbox/workbench-store";
import type { SandboxView } from "@/lib/sandbox/view-schema";
import { ResetControl } from "./reset-dialog";
import { describeNextReconcile, elapsedOrigin, formatClockTime, formatElapsed, isoTime } from "./timeline-format";

const SPEEDS = [1, 10, 60] as const;

interface ClockBarProps {
  view: SandboxView;
  /** Runs an action and reports its failure. */
  perform(action: () => Promise<unknown>): void;
}

export function ClockBar({ view, perform }: ClockBarProps) {
  const request = useWorkbench((state) => state.request);
  const run = useWorkbench((state) => state.run);
  const speedName = useId();
  const { running, speed } = view.clock;

  // The view has no scenario start time: remember the earliest time seen for this scenario
  // (adjusting state while rendering, as React documents, so the first paint is already right).
  const [seen, setSeen] = useState({ scenario: view.scenario.id, time: view.time });
  if (seen.scenario !== view.scenario.id || view.time < seen.time) setSeen({ scenario: view.scenario.id, time: view.time });
  const earliest = seen.scenario === view.scenario.id ? Math.min(seen.time, view.time) : view.time;
  const elapsed = view.time - elapsedOrigin(view.events, earliest);

  const refreshNow = () =>
    perform(async () => {
      const result = await run({ type: "refresh-now" });
      if (!result.ok) throw new Error(result.message ?? result.output ?? "The refresh failed.");
    });

  return (
    <div className="sbx-time-bar">
      <p className="sbx-time-clock">
        <time dateTime={isoTime(view.time)} className="sbx-time-now">
          {formatClockTime(view.time)}
        </time>{" "}
        <span className="sbx-time-elapsed" title="Simulated time since the scenario started">
          {formatElapsed(elapsed)}
        </span>{" "}
        <span className="sbx-time-state">{running ? `running ×${speed}` : "paused"}</span>
      </p>
      <div className="sbx-time-controls">
        <button type="button" className="sbx-time-button sbx-time-play" aria-pressed={running} title={running ? "Pause the simulated clock" : "Run the simulated clock"} onClick={() => perform(() => request({ type: "clock", running: !running }))}>
          <span aria-hidden="true">▶</span> Play
        </button>
        <fieldset className="sbx-time-segments">
          <legend className="sbx-time-sr">Clock speed</legend>
          {SPEEDS.map((option) => (
            <label key={option} className="sbx-time-segment">
              <input type="radio" name={speedName} value={option} checked={speed === option} onChange={() => perform(() => request({ type: "clock", speed: option }))} />
              <span>×{option}</span>
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="sbx-time-button"
          disabled={view.nextReconcileAt === null}
          title={describeNextReconcile(view.time, view.nextReconcileAt)}
          onClick={() => perform(() => request({ type: "step" }))}
        >
          <span aria-hidden="true">{"\u23ED\uFE0E"}</span> Step<span className="sbx-time-sr"> to next reconcile</span>
        </button>
        <button type="button" className="sbx-time-button" title="Argo CD refresh and Flux reconcile, now" onClick={refreshNow}>
          <span aria-hidden="true">⟳</span> Refresh now
        </button>
        <button type="button" className="sbx-time-button" disabled={view.logLength === 0} title="Undo the last action" onClick={() => perform(() => request({ type: "undo" }))}>
          <span aria-hidden="true">↶</span> Undo
        </button>
        <ResetControl onConfirm={() => perform(() => request({ type: "reset" }))} />
      </div>
    </div>
  );
}
