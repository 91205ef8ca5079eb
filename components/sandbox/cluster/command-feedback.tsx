"use client";
// Running a command from a button and answering next to it: one runner per group of controls
// (an Application's actions, its sync policy, its history…). A refusal is shown in place and
// also sent to the workbench's notices, in the worker's own words.
import { useRef, useState } from "react";
import type { SandboxCommandInput } from "@/lib/sandbox/commands";
import { useWorkbench } from "../workbench-store";

export interface CommandFeedbackState {
  ok: boolean;
  text: string;
}

export interface CommandRunner {
  /** The id of the control whose command is running, if any. */
  pending: string | null;
  feedback: CommandFeedbackState | null;
  /** Runs the command unless another one of this runner is still running. */
  execute(controlId: string, command: SandboxCommandInput, doneText: string): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "The sandbox did not answer.";
}

export function useCommandRunner(): CommandRunner {
  const run = useWorkbench((state) => state.run);
  const notify = useWorkbench((state) => state.notify);
  const [pending, setPending] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<CommandFeedbackState | null>(null);
  // State lags a render behind; a double click must not send the command twice.
  const running = useRef(false);

  async function execute(controlId: string, command: SandboxCommandInput, doneText: string) {
    if (running.current) return;
    running.current = true;
    setPending(controlId);
    setFeedback(null);
    try {
      const result = await run(command);
      if (result.ok) {
        setFeedback({ ok: true, text: result.message || result.output?.trim() || doneText });
      } else {
        const text = result.message || result.output?.trim() || "The command was refused.";
        setFeedback({ ok: false, text });
        notify("error", text);
      }
    } catch (error) {
      const text = messageOf(error);
      setFeedback({ ok: false, text });
      notify("error", text);
    } finally {
      running.current = false;
      setPending(null);
    }
  }

  return { pending, feedback, execute };
}

/** The answer to the last command, polite for success, styled as an error for a refusal. */
export function CommandFeedback({ feedback }: { feedback: CommandFeedbackState | null }) {
  return (
    <div className="sbx-cluster-feedback" role="status">
      {feedback ? (
        <p className={feedback.ok ? "sbx-cluster-feedback-ok" : "sbx-cluster-feedback-error"}>
          <span className="sbx-cluster-icon" aria-hidden="true">
            {feedback.ok ? "✓" : "✕"}
          </span>
          <span className="visually-hidden">{feedback.ok ? "Done: " : "Refused: "}</span>
          <span className="sbx-cluster-feedback-text">{feedback.text}</span>
        </p>
      ) : null}
    </div>
  );
}
