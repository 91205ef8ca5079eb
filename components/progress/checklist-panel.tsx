"use client";

import { useCallback, useEffect, useState } from "react";
import { useLearner } from "./learner-context";
import { guestProgress, pendingTicks, sendTicks, type LocalTick } from "./local-progress";

interface ChecklistPanelProps {
  moduleId: string;
  items: { id: string; text: string }[];
}

type SaveState = "idle" | "saving" | "saved" | "retrying";
const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

/** A module's checklist: ticks saved per learner (or in the browser when signed out), never silently dropped. */
export function ChecklistPanel({ moduleId, items }: ChecklistPanelProps) {
  const learner = useLearner();
  const { setTick } = learner;
  const signedIn = learner.status === "signed-in";
  const [guestDone, setGuestDone] = useState<Set<string>>(new Set());
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // Syncing React with what this browser stored: a visitor's ticks.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setGuestDone(new Set(guestProgress.all().filter((tick) => tick.moduleId === moduleId && tick.done).map((tick) => tick.itemId)));
  }, [moduleId]);

  useEffect(() => {
    // Ticks the server has not acknowledged yet (a reload while offline): show them, send them.
    if (!signedIn) return;
    const mine = pendingTicks.all().filter((tick) => tick.moduleId === moduleId);
    if (mine.length === 0) return;
    for (const tick of mine) setTick(tick.moduleId, tick.itemId, tick.done);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSaveState("retrying");
  }, [signedIn, moduleId, setTick]);

  const flush = useCallback(async () => {
    const queued = pendingTicks.all();
    if (queued.length === 0) return setSaveState("saved");
    setSaveState("saving");
    const result = await sendTicks(queued);
    if (result === false) {
      setSaveState("retrying");
      setAttempt((value) => value + 1);
      return;
    }
    pendingTicks.remove(queued);
    setSaveState("saved");
  }, []);

  useEffect(() => {
    if (!signedIn || saveState !== "retrying") return;
    const timer = setTimeout(flush, RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]);
    window.addEventListener("online", flush);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("online", flush);
    };
  }, [signedIn, saveState, attempt, flush]);

  const done = signedIn ? new Set(learner.checklist[moduleId] ?? []) : guestDone;

  function toggle(itemId: string) {
    const tick: LocalTick = { moduleId, itemId, done: !done.has(itemId) };
    if (!signedIn) {
      guestProgress.record(tick);
      setGuestDone((previous) => {
        const next = new Set(previous);
        if (tick.done) next.add(itemId);
        else next.delete(itemId);
        return next;
      });
      return;
    }
    setTick(moduleId, itemId, tick.done);
    // Queued first, so a reload or a failed request cannot lose it.
    pendingTicks.add(tick);
    setAttempt(0);
    void flush();
  }

  const count = items.filter((item) => done.has(item.id)).length;
  const loading = learner.status === "loading";
  return (
    <section className="card checklist" aria-labelledby={`checklist-${moduleId}`}>
      <h2 id={`checklist-${moduleId}`}>Your checklist for module {moduleId}</h2>
      <div className="progress-row">
        <progress max={items.length} value={count} aria-label={`Module ${moduleId} checklist progress`} />
        <span>
          {count} of {items.length} done
        </span>
      </div>
      <ul className="checklist-items">
        {items.map((item) => (
          <li key={item.id}>
            <input id={`tick-${moduleId}-${item.id}`} type="checkbox" checked={done.has(item.id)} disabled={loading} onChange={() => toggle(item.id)} />
            <label htmlFor={`tick-${moduleId}-${item.id}`}>{item.text}</label>
          </li>
        ))}
      </ul>
      <p className="field-hint" role="status">
        {loading
          ? "Loading your progress…"
          : !signedIn
            ? "Saved in this browser. Sign in to keep your progress in your account — your ticks come with you."
            : saveState === "saving"
              ? "Saving…"
              : saveState === "retrying"
                ? "⚠ Not saved yet — we will keep retrying (are you offline?). Your ticks are kept in this browser meanwhile."
                : saveState === "saved"
                  ? "✓ Saved to your account."
                  : "Ticks are saved to your account."}
      </p>
    </section>
  );
}
