"use client";
// A share link carries another learner's command log in its fragment. Opening it replaces this
// browser's sandbox for the scenario, so the learner chooses.
import { useState } from "react";
import { SandboxClient } from "./sandbox-client";
import { useWorkbench } from "./workbench-store";

export function readShareToken(): string | null {
  const match = /(?:^#|&)share=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  return match ? match[1] : null;
}

function clearFragment() {
  history.replaceState(null, "", window.location.pathname + window.location.search);
}

export function SharedStatePrompt({ scenario, token, onDone }: { scenario: string; token: string; onDone(): void }) {
  const [state, setState] = useState<"asking" | "opening" | { error: string }>("asking");

  async function openShared() {
    setState("opening");
    // A short-lived client replays the shared log into this browser's storage; the workbench
    // then opens it like any saved sandbox.
    const client = new SandboxClient({ onView: () => undefined, onNotice: (level, message) => useWorkbench.getState().notify(level, message), onStatus: () => undefined });
    try {
      await client.open(scenario, token);
      clearFragment();
      onDone();
    } catch (error) {
      setState({ error: (error as Error).message });
    } finally {
      client.dispose();
    }
  }

  function keepMine() {
    clearFragment();
    onDone();
  }

  return (
    <section className="sbx-shared" aria-labelledby="sbx-shared-title">
      <h2 id="sbx-shared-title">Open a shared sandbox?</h2>
      <p>This link recreates another learner&apos;s sandbox by replaying what they did. It replaces your own work in this scenario on this browser.</p>
      {typeof state === "object" ? (
        <p role="alert" className="sbx-notice sbx-notice-error">
          {state.error}
        </p>
      ) : null}
      <div className="sbx-shared-actions">
        <button type="button" className="button primary" onClick={() => void openShared()} disabled={state === "opening"}>
          {state === "opening" ? "Replaying…" : "Open the shared sandbox"}
        </button>
        <button type="button" className="button" onClick={keepMine} disabled={state === "opening"}>
          Keep my sandbox
        </button>
      </div>
    </section>
  );
}
