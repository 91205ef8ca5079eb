"use client";
// The inline field for a new file, a new folder or a new name. Errors stay on the field
// (aria-invalid, aria-describedby) and the typed text stays until it succeeds or is cancelled.
import { useEffect, useId, useRef, useState, type FormEvent } from "react";

export interface PathFormProps {
  label: string;
  submitLabel: string;
  initialValue: string;
  hint?: string;
  /** Select the file name (without extension) rather than put the cursor at the end. */
  selectName?: boolean;
  /** Resolves with an error message, or null when done. */
  onSubmit(value: string): Promise<string | null>;
  onCancel(): void;
}

export function PathForm({ label, submitLabel, initialValue, hint, selectName, onSubmit, onCancel }: PathFormProps) {
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    const field = input.current;
    if (!field) return;
    field.focus();
    const slash = initialValue.lastIndexOf("/") + 1;
    const dot = initialValue.lastIndexOf(".");
    if (selectName && initialValue.length > slash) field.setSelectionRange(slash, dot > slash ? dot : initialValue.length);
    else field.setSelectionRange(initialValue.length, initialValue.length);
  }, [initialValue, selectName]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const message = await onSubmit(value);
    setBusy(false);
    setError(message);
    if (message) input.current?.focus();
  }

  const described = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <form className="sbx-files-form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
      <label className="sbx-files-form-label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="sbx-files-form-row">
        <input
          ref={input}
          id={`${id}-input`}
          className="sbx-files-input"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              onCancel();
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
        />
        <button type="submit" className="sbx-files-button" disabled={busy}>
          {busy ? "Working…" : submitLabel}
        </button>
        <button type="button" className="sbx-files-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error ? (
        <p className="sbx-files-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p className="sbx-files-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </form>
  );
}
