"use client";
// Keeping Monaco's models in step with the editor store: text that changed underneath (a reload,
// format on save), problems from the sandbox as markers, and models of closed tabs disposed.
import type * as MonacoModule from "monaco-editor";
import type { Problem, SandboxView } from "@/lib/sandbox/view-schema";
import type { EditorBuffer, EditorTab } from "./editor-store";
import type { MonacoApi } from "./monaco-setup";
import { modelPath } from "./model-uri";

type TextModel = MonacoModule.editor.ITextModel;

/** The marker owner for the sandbox's own problems, beside monaco-yaml's. */
export const PROBLEM_OWNER = "reconcile";

/** Replaces only the part that differs, so the cursor and undo history survive a reformat. */
export function replaceModelText(model: TextModel, text: string): void {
  const current = model.getValue();
  if (current === text) return;
  let start = 0;
  const shortest = Math.min(current.length, text.length);
  while (start < shortest && current[start] === text[start]) start++;
  let end = 0;
  while (end < shortest - start && current[current.length - 1 - end] === text[text.length - 1 - end]) end++;
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(current.length - end);
  const range = { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column };
  model.pushEditOperations([], [{ range, text: text.slice(start, text.length - end), forceMoveMarkers: true }], () => null);
  model.pushStackElement();
}

/** Every open tab's model shows its buffer. */
export function syncModelTexts(monaco: MonacoApi, view: SandboxView | null, tabs: readonly EditorTab[], buffers: Record<string, EditorBuffer>): void {
  for (const tab of tabs) {
    const model = monaco.editor.getModel(monaco.Uri.parse(modelPath(view, tab)));
    const buffer = buffers[tab.key];
    if (model && buffer) replaceModelText(model, buffer.content);
  }
}

/** Models of tabs that are no longer open are disposed (they would keep stale text and markers). */
export function disposeClosedModels(monaco: MonacoApi, view: SandboxView | null, tabs: readonly EditorTab[]): void {
  const open = new Set(tabs.map((tab) => monaco.Uri.parse(modelPath(view, tab)).toString()));
  for (const model of monaco.editor.getModels()) {
    if (model.uri.scheme === "file" && !open.has(model.uri.toString())) model.dispose();
  }
}

function problemsOf(view: SandboxView | null, tab: EditorTab): Problem[] {
  if (!view || tab.kind !== "file") return [];
  const name = view.repositories.find((repo) => repo.url === tab.repo)?.name;
  return view.problems.filter((problem) => problem.path === tab.path && (problem.repo === tab.repo || problem.repo === name));
}

function markerOf(monaco: MonacoApi, model: TextModel, problem: Problem): MonacoModule.editor.IMarkerData {
  const line = Math.min(problem.line, model.getLineCount());
  const column = Math.min(problem.column, model.getLineMaxColumn(line));
  const word = model.getWordAtPosition({ lineNumber: line, column });
  const endColumn = word && word.endColumn > column ? word.endColumn : Math.max(column + 1, model.getLineMaxColumn(line));
  return {
    severity: problem.severity === "error" ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    message: problem.message,
    source: "Reconcile",
    startLineNumber: line,
    startColumn: column,
    endLineNumber: line,
    endColumn,
  };
}

/** Sets the sandbox's problems on every open model, now and on models created later. */
export function watchProblemMarkers(monaco: MonacoApi, view: SandboxView | null, tabs: readonly EditorTab[]): MonacoModule.IDisposable {
  const apply = (model: TextModel) => {
    const uri = model.uri.toString();
    const tab = tabs.find((item) => monaco.Uri.parse(modelPath(view, item)).toString() === uri);
    if (!tab) return;
    monaco.editor.setModelMarkers(model, PROBLEM_OWNER, problemsOf(view, tab).map((problem) => markerOf(monaco, model, problem)));
  };
  monaco.editor.getModels().forEach(apply);
  return monaco.editor.onDidCreateModel(apply);
}
