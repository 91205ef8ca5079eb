// The terminal's command history, as a shell keeps it: Up walks back from the newest line, Down
// walks forward and finally returns what was being typed before walking began (the draft).
// Pure values in, new values out; the panel keeps the current value in a ref and persists the
// entries per scenario in localStorage.

/** Bash's HISTSIZE is larger; 200 lines is plenty for a sandbox and keeps localStorage small. */
export const HISTORY_LIMIT = 200;

export interface TerminalHistory {
  /** Oldest first. */
  readonly entries: readonly string[];
  /** The entry shown while walking, or null when the input shows the draft. */
  readonly cursor: number | null;
  /** What was typed before the first Up. */
  readonly draft: string;
}

/** A step through the history: the new history and the line to put in the input. */
export interface HistoryStep {
  history: TerminalHistory;
  line: string;
}

/** A history of earlier lines, e.g. `createHistory(["kubectl get pods -A"])`. */
export function createHistory(entries: readonly string[] = []): TerminalHistory {
  return { entries: entries.slice(-HISTORY_LIMIT), cursor: null, draft: "" };
}

/**
 * Remembers a line that was run and stops walking. Blank lines are not kept, nor a line equal
 * to the one before it (bash's `ignoredups`); the oldest lines go beyond HISTORY_LIMIT.
 */
export function recordLine(history: TerminalHistory, line: string): TerminalHistory {
  const entries = history.entries;
  if (line.trim() === "" || entries[entries.length - 1] === line) return { entries, cursor: null, draft: "" };
  return { entries: [...entries, line].slice(-HISTORY_LIMIT), cursor: null, draft: "" };
}

/** Up: the previous line, saving the draft on the first step; null at the oldest line. */
export function historyUp(history: TerminalHistory, currentInput: string): HistoryStep | null {
  const { entries, cursor } = history;
  if (entries.length === 0 || cursor === 0) return null;
  const next = cursor === null ? entries.length - 1 : cursor - 1;
  const draft = cursor === null ? currentInput : history.draft;
  return { history: { entries, cursor: next, draft }, line: entries[next] };
}

/** Down: the next line, then the draft; null when not walking. */
export function historyDown(history: TerminalHistory): HistoryStep | null {
  const { entries, cursor, draft } = history;
  if (cursor === null) return null;
  if (cursor >= entries.length - 1) return { history: { entries, cursor: null, draft: "" }, line: draft };
  return { history: { entries, cursor: cursor + 1, draft }, line: entries[cursor + 1] };
}

/** Stops walking without recording anything (Ctrl+C, a cleared input). */
export function stopWalking(history: TerminalHistory): TerminalHistory {
  return history.cursor === null && history.draft === "" ? history : { entries: history.entries, cursor: null, draft: "" };
}

/** The part of Storage the history needs, so tests can pass a plain object. */
export type HistoryStorage = Pick<Storage, "getItem" | "setItem">;

export function historyStorageKey(scenarioId: string): string {
  return `reconcile.sandbox.history.${scenarioId}`;
}

/** The saved lines of a scenario; an empty list when storage is missing, blocked or garbled. */
export function loadHistoryEntries(storage: HistoryStorage | null, scenarioId: string): string[] {
  if (!storage) return [];
  try {
    const value: unknown = JSON.parse(storage.getItem(historyStorageKey(scenarioId)) ?? "[]");
    if (!Array.isArray(value)) return [];
    return value.filter((line): line is string => typeof line === "string" && line.trim() !== "").slice(-HISTORY_LIMIT);
  } catch {
    return [];
  }
}

export function saveHistoryEntries(storage: HistoryStorage | null, scenarioId: string, entries: readonly string[]): void {
  if (!storage) return;
  try {
    storage.setItem(historyStorageKey(scenarioId), JSON.stringify(entries.slice(-HISTORY_LIMIT)));
  } catch {
    // Storage full or disabled: the history still works for this page.
  }
}

/** window.localStorage, or null where reading it throws (blocked cookies, sandboxed frames). */
export function browserStorage(): HistoryStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
