"use client";
// An Application's automated sync policy as two switches, driven through the argocd CLI so the
// terminal history shows the learner the command each switch stands for. Argo CD: prune is off
// by default; selfHeal re-syncs drift after 5 s; both need automated sync (auto_sync.md).
import { useId } from "react";
import type { ApplicationView } from "@/lib/sandbox/view-schema";
import { CommandFeedback, useCommandRunner } from "./command-feedback";

interface PolicySwitchProps {
  label: string;
  checked: boolean;
  disabled: boolean;
  busy: boolean;
  describedBy?: string;
  onToggle(): void;
}

function PolicySwitch({ label, checked, disabled, busy, describedBy, onToggle }: PolicySwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      className="sbx-cluster-switch"
      aria-checked={checked}
      disabled={disabled}
      aria-disabled={busy || undefined}
      aria-describedby={describedBy}
      onClick={() => {
        if (!busy) onToggle();
      }}
    >
      <span className="sbx-cluster-switch-track" aria-hidden="true">
        <span className="sbx-cluster-switch-thumb" />
      </span>
      <span className="sbx-cluster-switch-label">{label}</span>
      <span className="sbx-cluster-switch-state" aria-hidden="true">
        {checked ? "on" : "off"}
      </span>
    </button>
  );
}

/** `argocd app set NAME --self-heal=false`, `--auto-prune`, `--sync-policy automated|none`. */
export function SyncPolicy({ app }: { app: ApplicationView }) {
  const runner = useCommandRunner();
  const hintId = useId();
  const automated = app.automated;
  const set = (controlId: string, flags: string, doneText: string) =>
    void runner.execute(controlId, { type: "terminal", line: `argocd app set ${app.name} ${flags}` }, doneText);

  return (
    <fieldset className="sbx-cluster-policy">
      <legend>Sync policy: {automated ? "automated" : "manual"}</legend>
      <div className="sbx-cluster-row">
        <PolicySwitch
          label="Auto-prune"
          checked={automated?.prune ?? false}
          disabled={!automated}
          busy={runner.pending !== null}
          describedBy={automated ? undefined : hintId}
          onToggle={() => set("prune", automated?.prune ? "--auto-prune=false" : "--auto-prune", automated?.prune ? "Auto-prune is off." : "Auto-prune is on.")}
        />
        <PolicySwitch
          label="Self-heal"
          checked={automated?.selfHeal ?? false}
          disabled={!automated}
          busy={runner.pending !== null}
          describedBy={automated ? undefined : hintId}
          onToggle={() => set("heal", automated?.selfHeal ? "--self-heal=false" : "--self-heal", automated?.selfHeal ? "Self-heal is off." : "Self-heal is on.")}
        />
      </div>
      <div className="sbx-cluster-row">
        {automated ? (
          <button
            type="button"
            className="sbx-cluster-button"
            aria-disabled={runner.pending !== null || undefined}
            onClick={() => set("policy", "--sync-policy none", "Auto-sync is off: sync by hand from now on.")}
          >
            Disable auto-sync
          </button>
        ) : (
          <>
            <p id={hintId} className="sbx-cluster-muted">
              Auto-prune and self-heal work only with automated sync.
            </p>
            <button
              type="button"
              className="sbx-cluster-button"
              aria-disabled={runner.pending !== null || undefined}
              onClick={() => set("policy", "--sync-policy automated", "Auto-sync is on.")}
            >
              Enable auto-sync
            </button>
          </>
        )}
      </div>
      <CommandFeedback feedback={runner.feedback} />
    </fieldset>
  );
}
