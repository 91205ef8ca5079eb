"use client";
// A destructive action asks inline instead of with window.confirm: the question sits where
// the learner is looking, focus moves to the confirming button, and Escape or Cancel puts
// focus back on the button that asked.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

export interface ConfirmButtonProps {
  /** The button's visible text, e.g. "Discard". */
  label: string;
  /** A fuller accessible name that starts with the label, e.g. "Discard k8s/app.yaml". */
  accessibleLabel?: string;
  /** Shown while confirming, e.g. "Discard your changes to k8s/app.yaml?". */
  question: string;
  /** The confirming button's text, e.g. "Discard changes". */
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** For buttons inside a roving-tabindex row. */
  tabIndex?: number;
}

export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, onConfirm, disabled, tabIndex }: ConfirmButtonProps) {
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [confirming]);

  function cancel() {
    returnFocus.current = true;
    setConfirming(false);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    cancel();
  }

  if (!confirming) {
    return (
      <button ref={triggerRef} type="button" className="sbx-git-button" aria-label={accessibleLabel} disabled={disabled} tabIndex={tabIndex} onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="sbx-git-confirm" role="group" aria-labelledby={questionId} onKeyDown={onKeyDown}>
      <span id={questionId} className="sbx-git-confirm-question">
        {question}
      </span>
      <button
        ref={confirmRef}
        type="button"
        className="sbx-git-button sbx-git-button-danger"
        onClick={() => {
          returnFocus.current = true;
          setConfirming(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="sbx-git-button" onClick={cancel}>
        Cancel
      </button>
    </span>
  );
}
