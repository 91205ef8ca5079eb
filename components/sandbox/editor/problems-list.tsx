"use client";
// Every YAML and schema problem the sandbox found in the working trees, as buttons that open the
// file at the position. Severity is written out, the icon only repeats it.
import "./editor.css";
import { useId } from "react";
import type { Problem } from "@/lib/sandbox/view-schema";
import { useWorkbench } from "../workbench-store";
import { useEditorStore } from "./editor-store";

const NO_PROBLEMS: Problem[] = [];

export function ProblemsList() {
  const problems = useWorkbench((state) => state.view?.problems ?? NO_PROBLEMS);
  const repositories = useWorkbench((state) => state.view?.repositories);
  const headingId = useId();
  const several = (repositories?.length ?? 0) > 1;
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;

  async function open(problem: Problem) {
    // Problems name their repository by URL; accept a short name too.
    const repo = repositories?.find((item) => item.url === problem.repo || item.name === problem.repo)?.url ?? problem.repo;
    try {
      await useEditorStore.getState().openFile(repo, problem.path, { line: problem.line, column: problem.column });
    } catch (error) {
      useWorkbench.getState().notify("error", `Could not open ${problem.path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const repoName = (problem: Problem) => repositories?.find((item) => item.url === problem.repo)?.name ?? problem.repo;

  return (
    <section className="sbx-editor-problems" aria-labelledby={headingId}>
      <h3 className="sbx-editor-problems-heading" id={headingId}>
        {problems.length === 0
          ? "No problems"
          : `${problems.length} ${problems.length === 1 ? "problem" : "problems"}: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`}
      </h3>
      {problems.length === 0 ? (
        <p className="sbx-editor-muted">Every YAML file in the working tree parses and matches its schema.</p>
      ) : (
        <ul className="sbx-editor-problems-list">
          {problems.map((problem, index) => (
            <li key={`${problem.repo}\n${problem.path}\n${problem.line}\n${problem.column}\n${index}`}>
              <button type="button" className={`sbx-editor-problem sbx-editor-problem-${problem.severity}`} onClick={() => void open(problem)}>
                <span className="sbx-editor-problem-severity">
                  <span aria-hidden="true" className="sbx-editor-problem-icon">
                    {problem.severity === "error" ? "✖" : "▲"}
                  </span>
                  {problem.severity === "error" ? "Error" : "Warning"}
                </span>
                <span className="sbx-editor-problem-where">
                  {several ? `${repoName(problem)}: ` : ""}
                  {problem.path}:{problem.line}:{problem.column}
                </span>
                <span className="sbx-editor-problem-message">{problem.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
