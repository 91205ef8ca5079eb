"use client";
// The sandbox terminal: kubectl, argocd and flux lines run by the worker, with a shell's
// habits — history on Up/Down, Tab completion, Ctrl+C, Ctrl+L and `clear`. Tab is taken by
// completion, so Escape is the keyboard's way out (the hint under the input says so).
import "./terminal.css";
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { useEditorStore } from "@/components/sandbox/editor/editor-store";
import { useWorkbench } from "@/components/sandbox/workbench-store";
import type { CommandResult } from "@/lib/sandbox/commands";
import { focusAfter } from "./focus-after";
import { applyCompletions, formatCandidates } from "./terminal-completion";
import { appendEntry, resultText, settleCommand, WELCOME, type TerminalEntry } from "./terminal-entries";
import {
  browserStorage,
  createHistory,
  historyDown,
  historyUp,
  loadHistoryEntries,
  recordLine,
  saveHistoryEntries,
  stopWalking,
  type TerminalHistory,
} from "./terminal-history";
import { TerminalScrollback } from "./terminal-scrollback";

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How many monospace characters fit across the scrollback, for laying out candidates. */
function columnsOf(element: HTMLElement | null): number {
  if (!element) return 80;
  const fontSize = parseFloat(getComputedStyle(element).fontSize) || 13;
  return Math.max(20, Math.floor(element.clientWidth / (fontSize * 0.62)));
}

function openLiveObject(openLive: NonNullable<CommandResult["openLive"]>): void {
  useEditorStore.getState().openLive(openLive.cluster, openLive.object, openLive.yaml);
}

export function TerminalPanel() {
  const run = useWorkbench((state) => state.run);
  const request = useWorkbench((state) => state.request);
  const scenarioId = useWorkbench((state) => state.view?.scenario.id ?? null);
  const [entries, setEntries] = useState<TerminalEntry[]>(() => [{ id: 0, kind: "info", text: WELCOME }]);
  const [input, setInput] = useState("");
  const [pending, setPending] = useState(0);
  const panelRef = useRef<HTMLDivElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const nextId = useRef(1);
  // The input's value for async answers (a completion arriving after the learner typed on).
  const currentInput = useRef("");
  // Where to put the caret after the next render (after a completion).
  const pendingCaret = useRef<number | null>(null);
  const history = useRef<{ scenarioId: string | null; value: TerminalHistory }>({ scenarioId: null, value: createHistory() });
  const inputId = useId();
  const hintId = useId();

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [entries]);

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null || !inputRef.current) return;
    pendingCaret.current = null;
    inputRef.current.setSelectionRange(caret, caret);
  }, [input]);

  function setLine(value: string, caret: number | null = null) {
    currentInput.current = value;
    pendingCaret.current = caret;
    setInput(value);
  }

  function print(entry: TerminalEntry) {
    setEntries((current) => appendEntry(current, entry));
  }

  /** The scenario's history, read from localStorage the first time it is needed. */
  function readHistory(): TerminalHistory {
    if (history.current.scenarioId !== scenarioId) {
      history.current = { scenarioId, value: createHistory(scenarioId ? loadHistoryEntries(browserStorage(), scenarioId) : []) };
    }
    return history.current.value;
  }

  function writeHistory(value: TerminalHistory) {
    const entriesChanged = value.entries !== readHistory().entries;
    history.current = { scenarioId, value };
    if (entriesChanged && scenarioId) saveHistoryEntries(browserStorage(), scenarioId, value.entries);
  }

  function submit() {
    const line = currentInput.current;
    if (line.trim() === "") return;
    writeHistory(recordLine(readHistory(), line));
    setLine("");
    if (line.trim() === "clear") {
      setEntries([]);
      return;
    }
    const id = nextId.current++;
    print({ id, kind: "command", line, status: "pending", output: "" });
    setPending((count) => count + 1);
    run({ type: "terminal", line })
      .then(
        (result) => {
          setEntries((current) => settleCommand(current, id, result.ok ? "ok" : "failed", resultText(result)));
          if (result.openLive) openLiveObject(result.openLive);
        },
        (error: unknown) => setEntries((current) => settleCommand(current, id, "failed", messageOf(error))),
      )
      .finally(() => setPending((count) => count - 1));
  }

  async function complete(target: HTMLInputElement) {
    const value = currentInput.current;
    const before = value.slice(0, target.selectionStart ?? value.length);
    const after = value.slice(target.selectionEnd ?? value.length);
    let items: string[];
    let replaceFrom: number;
    try {
      const reply = await request({ type: "complete", line: before });
      if (reply.kind !== "completions") return;
      ({ items, replaceFrom } = reply);
    } catch (error) {
      print({ id: nextId.current++, kind: "info", text: messageOf(error) });
      return;
    }
    // The learner typed on while the worker was answering: the answer is for another line.
    if (currentInput.current !== value) return;
    const outcome = applyCompletions(before, items, replaceFrom);
    if (outcome.line !== before) setLine(outcome.line + after, outcome.line.length);
    if (outcome.candidates.length > 0) print({ id: nextId.current++, kind: "candidates", line: value, text: formatCandidates(outcome.candidates, columnsOf(logRef.current)) });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    const target = event.currentTarget;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
    const ctrl = event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === "Tab" && plain) {
      void complete(target);
    } else if (key === "ArrowUp" && plain) {
      const step = historyUp(readHistory(), currentInput.current);
      if (step) {
        writeHistory(step.history);
        setLine(step.line, step.line.length);
      }
    } else if (key === "ArrowDown" && plain) {
      const step = historyDown(readHistory());
      if (step) {
        writeHistory(step.history);
        setLine(step.line, step.line.length);
      }
    } else if (key === "Escape" && plain) {
      if (panelRef.current) focusAfter(panelRef.current);
    } else if (key === "l" && ctrl) {
      setEntries([]);
    } else if (key === "c" && ctrl) {
      // With a selection in the input, Ctrl+C copies it as everywhere else.
      if (target.selectionStart !== target.selectionEnd) return;
      print({ id: nextId.current++, kind: "cancelled", line: currentInput.current });
      writeHistory(stopWalking(readHistory()));
      setLine("");
    } else {
      return;
    }
    event.preventDefault();
  }

  function onScrollbackClick(event: React.MouseEvent<HTMLDivElement>) {
    // Leave a selection alone so output can be copied; a double click is selecting a word.
    if (event.detail > 1 || window.getSelection()?.isCollapsed === false) return;
    inputRef.current?.focus({ preventScroll: true });
  }

  return (
    // No label of its own: the workbench's "Terminal" tab panel names it. tabIndex -1 so Escape
    // has somewhere to go when nothing focusable follows the panel.
    <div ref={panelRef} className="sbx-term" tabIndex={-1}>
      <TerminalScrollback ref={logRef} entries={entries} onClick={onScrollbackClick} />
      <form
        className="sbx-term-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor={inputId} className="sbx-term-sr">
          Terminal command
        </label>
        <span className="sbx-term-prompt" aria-hidden="true">
          $
        </span>
        <input
          ref={inputRef}
          id={inputId}
          className="sbx-term-input"
          type="text"
          value={input}
          onChange={(event) => setLine(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={hintId}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="send"
        />
        <span className="sbx-term-status" role="status">
          {pending > 0 ? "Running…" : ""}
        </span>
      </form>
      <p id={hintId} className="sbx-term-hint">
        Tab completes · Esc leaves the terminal
      </p>
    </div>
  );
}
