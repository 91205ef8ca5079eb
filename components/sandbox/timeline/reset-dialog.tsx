"use client";
// Reset throws away the learner's work, so it asks first, in a modal <dialog>: focus moves to
// Cancel (the safe choice), Escape cancels, and focus returns to the Reset button afterwards.
import { useId, useRef } from "react";

export function ResetControl({ onConfirm }: { onConfirm(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();

  function open() {
    if (dialog.current?.open) return;
    dialog.current?.showModal();
    // showModal focuses the first button, Cancel, already; say so, in case the buttons are reordered.
    cancel.current?.focus();
  }

  return (
    <>
      <button ref={opener} type="button" className="sbx-time-button" aria-haspopup="dialog" onClick={open}>
        Reset…
      </button>
      <dialog ref={dialog} className="sbx-time-dialog" aria-labelledby={titleId} aria-describedby={textId} onClose={() => opener.current?.focus()}>
        <h2 id={titleId} className="sbx-time-dialog-title">
          Reset the scenario?
        </h2>
        <p id={textId} className="sbx-time-dialog-text">
          Your commits, edits and cluster changes in this sandbox will be lost.
        </p>
        <div className="sbx-time-dialog-actions">
          <button ref={cancel} type="button" className="sbx-time-button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            className="sbx-time-button sbx-time-danger"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            Reset
          </button>
        </div>
      </dialog>
    </>
  );
}
