import { expect, test } from "vitest";
import { applyCompletions, formatCandidates, longestCommonPrefix } from "@/components/sandbox/terminal/terminal-completion";
import { resultText } from "@/components/sandbox/terminal/terminal-entries";

test("longest common prefix", () => {
  expect(longestCommonPrefix(["deployments", "deployment", "daemonsets"])).toBe("d");
  expect(longestCommonPrefix(["deployments", "deployment"])).toBe("deployment");
  expect(longestCommonPrefix(["pods"])).toBe("pods");
  expect(longestCommonPrefix(["pods", "services"])).toBe("");
  expect(longestCommonPrefix([])).toBe("");
});

test("one candidate replaces the word being typed and adds a space", () => {
  expect(applyCompletions("kubectl get depl", ["deployments"], 12)).toEqual({ line: "kubectl get deployments ", candidates: [] });
  expect(applyCompletions("kub", ["kubectl"], 0)).toEqual({ line: "kubectl ", candidates: [] });
});

test("no space after a candidate that goes on: a path or a flag value", () => {
  expect(applyCompletions("kubectl apply -f app", ["apps/"], 17)).toEqual({ line: "kubectl apply -f apps/", candidates: [] });
  expect(applyCompletions("kubectl get pods --out", ["--output="], 17)).toEqual({ line: "kubectl get pods --output=", candidates: [] });
});

test("several candidates insert their common prefix and are listed", () => {
  expect(applyCompletions("kubectl get dep", ["deployment", "deployments"], 12)).toEqual({ line: "kubectl get deployment", candidates: ["deployment", "deployments"] });
  expect(applyCompletions("kubectl get d", ["daemonsets", "deployments"], 12)).toEqual({ line: "kubectl get d", candidates: ["daemonsets", "deployments"] });
});

test("no candidates, or a prefix shorter than the typed word, leave the line alone", () => {
  expect(applyCompletions("kubectl frobnicate", [], 8)).toEqual({ line: "kubectl frobnicate", candidates: [] });
  expect(applyCompletions("kubectl get Deploy", ["deployments", "deploy"], 12)).toEqual({ line: "kubectl get Deploy", candidates: ["deployments", "deploy"] });
});

test("a replaceFrom beyond the line is clamped to its end", () => {
  expect(applyCompletions("kubectl ", ["get"], 99)).toEqual({ line: "kubectl get ", candidates: [] });
});

test("candidates are laid out in columns that fit the width", () => {
  expect(formatCandidates(["apply", "get", "describe", "edit"], 24)).toBe("apply     get\ndescribe  edit");
  expect(formatCandidates(["a-very-long-candidate-name"], 10)).toBe("a-very-long-candidate-name");
  expect(formatCandidates([], 80)).toBe("");
});

test("what a command result prints: failures always say something", () => {
  expect(resultText({ ok: true, output: "NAME  READY\nweb   1/1\n" })).toBe("NAME  READY\nweb   1/1");
  expect(resultText({ ok: true, message: "Synced." })).toBe("Synced.");
  expect(resultText({ ok: true })).toBe("");
  expect(resultText({ ok: false, output: 'Error from server (NotFound): deployments.apps "x" not found' })).toBe('Error from server (NotFound): deployments.apps "x" not found');
  expect(resultText({ ok: false, output: "usage: kubectl scale", message: "Missing --replicas." })).toBe("usage: kubectl scale\nMissing --replicas.");
  expect(resultText({ ok: false })).toBe("The command failed.");
});
