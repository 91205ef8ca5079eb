"use client";
// The scrollback: each command under its `$ line`, failures marked with a ✗ and the word
// "Error" for screen readers, so the difference is not carried by colour alone.
import type { TerminalEntry } from "./terminal-entries";

function Echo({ line, suffix }: { line: string; suffix?: string }) {
  return (
    <div className="sbx-term-echo">
      <span className="sbx-term-prompt">$ </span>
      {line}
      {suffix}
    </div>
  );
}

function EntryView({ entry }: { entry: TerminalEntry }) {
  switch (entry.kind) {
    case "info":
      return <div className="sbx-term-info">{entry.text}</div>;
    case "cancelled":
      return <Echo line={entry.line} suffix="^C" />;
    case "candidates":
      return (
        <div className="sbx-term-entry">
          <Echo line={entry.line} />
          <div className="sbx-term-candidates">{entry.text}</div>
        </div>
      );
    case "command":
      return (
        <div className="sbx-term-entry">
          <Echo line={entry.line} />
          {entry.status === "pending" ? (
            <div className="sbx-term-pending">running…</div>
          ) : entry.status === "failed" ? (
            <div className="sbx-term-output sbx-term-error">
              <span className="sbx-term-error-mark" aria-hidden="true">
                ✗{" "}
              </span>
              <span className="sbx-term-sr">Error: </span>
              {entry.output}
            </div>
          ) : entry.output ? (
            <div className="sbx-term-output">{entry.output}</div>
          ) : null}
        </div>
      );
  }
}

interface ScrollbackProps {
  entries: readonly TerminalEntry[];
  onClick(event: React.MouseEvent<HTMLDivElement>): void;
  ref: React.Ref<HTMLDivElement>;
}

/** A polite live log; focusable so keyboard users can scroll it. */
export function TerminalScrollback({ entries, onClick, ref }: ScrollbackProps) {
  return (
    <div ref={ref} className="sbx-term-log" role="log" aria-live="polite" aria-label="Terminal output" tabIndex={0} onClick={onClick}>
      {entries.map((entry) => (
        <EntryView key={entry.id} entry={entry} />
      ))}
    </div>
  );
}
