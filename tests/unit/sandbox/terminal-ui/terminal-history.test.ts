import { expect, test } from "vitest";
import {
  createHistory,
  HISTORY_LIMIT,
  historyDown,
  historyStorageKey,
  historyUp,
  loadHistoryEntries,
  recordLine,
  saveHistoryEntries,
  stopWalking,
  type HistoryStorage,
  type TerminalHistory,
} from "@/components/sandbox/terminal/terminal-history";

function memoryStorage(initial: Record<string, string> = {}): HistoryStorage & { items: Record<string, string> } {
  const items = { ...initial };
  return {
    items,
    getItem: (key) => items[key] ?? null,
    setItem: (key, value) => {
      items[key] = value;
    },
  };
}

/** Presses Up (or Down) from `history` with `input` in the field; the lines shown, in order. */
function walk(history: TerminalHistory, input: string, keys: ("up" | "down")[]): string[] {
  const shown: string[] = [];
  let current = history;
  let line = input;
  for (const key of keys) {
    const step = key === "up" ? historyUp(current, line) : historyDown(current);
    if (step) {
      current = step.history;
      line = step.line;
    }
    shown.push(line);
  }
  return shown;
}

test("Up walks back from the newest line and stops at the oldest; Down walks forward to the draft", () => {
  const history = createHistory(["kubectl get pods -A", "argocd app list", "flux get kustomizations"]);
  expect(walk(history, "kubectl desc", ["up", "up", "up", "up", "down", "down", "down", "down"])).toEqual([
    "flux get kustomizations",
    "argocd app list",
    "kubectl get pods -A",
    "kubectl get pods -A",
    "argocd app list",
    "flux get kustomizations",
    "kubectl desc",
    "kubectl desc",
  ]);
});

test("Up on an empty history and Down when not walking do nothing", () => {
  expect(historyUp(createHistory(), "draft")).toBeNull();
  expect(historyDown(createHistory(["a"]))).toBeNull();
});

test("the draft is the text typed before the first Up, not a line recalled later", () => {
  const first = historyUp(createHistory(["one", "two"]), "my draft");
  const second = first && historyUp(first.history, "two, edited");
  expect(second?.history.draft).toBe("my draft");
  expect(second && walk(second.history, second.line, ["down", "down"])).toEqual(["two", "my draft"]);
});

test("recording skips blank lines and consecutive duplicates, and stops walking", () => {
  let history = createHistory();
  for (const line of ["kubectl get pods", "kubectl get pods", "   ", "", "argocd app list", "kubectl get pods"]) history = recordLine(history, line);
  expect(history.entries).toEqual(["kubectl get pods", "argocd app list", "kubectl get pods"]);
  const walking = historyUp(history, "x")!.history;
  expect(recordLine(walking, "kubectl get pods")).toEqual({ entries: history.entries, cursor: null, draft: "" });
  expect(stopWalking(walking)).toEqual({ entries: history.entries, cursor: null, draft: "" });
});

test(`at most ${HISTORY_LIMIT} lines are kept, the oldest dropped first`, () => {
  let history = createHistory();
  for (let index = 0; index < HISTORY_LIMIT + 5; index++) history = recordLine(history, `echo ${index}`);
  expect(history.entries).toHaveLength(HISTORY_LIMIT);
  expect(history.entries[0]).toBe("echo 5");
  expect(history.entries[HISTORY_LIMIT - 1]).toBe(`echo ${HISTORY_LIMIT + 4}`);
  expect(createHistory(Array.from({ length: 250 }, (_, index) => `l${index}`)).entries[0]).toBe("l50");
});

test("history is saved per scenario under reconcile.sandbox.history.<scenarioId>", () => {
  const storage = memoryStorage();
  saveHistoryEntries(storage, "argo-basics", ["kubectl get pods -A", "argocd app sync web"]);
  expect(historyStorageKey("argo-basics")).toBe("reconcile.sandbox.history.argo-basics");
  expect(storage.items).toEqual({ "reconcile.sandbox.history.argo-basics": '["kubectl get pods -A","argocd app sync web"]' });
  expect(loadHistoryEntries(storage, "argo-basics")).toEqual(["kubectl get pods -A", "argocd app sync web"]);
  expect(loadHistoryEntries(storage, "flux-basics")).toEqual([]);
});

test("loading survives garbled, foreign and unreadable storage", () => {
  const key = historyStorageKey("s");
  expect(loadHistoryEntries(memoryStorage({ [key]: "{not json" }), "s")).toEqual([]);
  expect(loadHistoryEntries(memoryStorage({ [key]: '{"a":1}' }), "s")).toEqual([]);
  expect(loadHistoryEntries(memoryStorage({ [key]: '["ok", 3, null, " ", "fine"]' }), "s")).toEqual(["ok", "fine"]);
  const throwing: HistoryStorage = {
    getItem: () => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    },
    setItem: () => {
      throw new DOMException("Quota exceeded", "QuotaExceededError");
    },
  };
  expect(loadHistoryEntries(throwing, "s")).toEqual([]);
  expect(() => saveHistoryEntries(throwing, "s", ["a"])).not.toThrow();
  expect(loadHistoryEntries(null, "s")).toEqual([]);
});
