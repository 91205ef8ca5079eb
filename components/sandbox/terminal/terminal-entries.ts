// What the terminal's scrollback holds. A command keeps its own output, so a slow command
// still prints under its own `$ line` when the learner has typed another one meanwhile.

export type TerminalEntry =
  | { id: number; kind: "info"; text: string }
  | { id: number; kind: "command"; line: string; status: "pending" | "ok" | "failed"; output: string }
  /** A line abandoned with Ctrl+C, printed as bash does: `$ kubectl get po^C`. */
  | { id: number; kind: "cancelled"; line: string }
  /** Tab with several candidates: the line as typed, then the candidates in columns. */
  | { id: number; kind: "candidates"; line: string; text: string };

export const WELCOME = "Type help for the commands. Try: kubectl get pods -A";

/** Enough scrollback to read back through a session without slowing the page down. */
export const SCROLLBACK_LIMIT = 500;

export function appendEntry(entries: readonly TerminalEntry[], entry: TerminalEntry): TerminalEntry[] {
  return [...entries, entry].slice(-SCROLLBACK_LIMIT);
}

/** Fills in a command's outcome; a command cleared away meanwhile stays cleared. */
export function settleCommand(entries: readonly TerminalEntry[], id: number, status: "ok" | "failed", output: string): TerminalEntry[] {
  return entries.map((entry) => (entry.id === id && entry.kind === "command" ? { ...entry, status, output } : entry));
}

/** The text a command result prints: its output, else its message; a failure always says something. */
export function resultText(result: { ok: boolean; output?: string; message?: string }): string {
  const output = result.output?.replace(/\n+$/, "") ?? "";
  const message = result.message?.trim() ?? "";
  if (result.ok) return output || message;
  if (output && message && !output.includes(message)) return `${output}\n${message}`;
  return output || message || "The command failed.";
}
