"use client";

import { useState } from "react";
import type { QuizQuestion as Question } from "@/lib/content/quiz-schema";
import { useLearner } from "@/components/progress/learner-context";
import { QuizQuestion } from "./quiz-question";

/** The module's quiz: instant feedback per question, a score, and a fresh try. */
interface QuizProps {
  moduleId: string;
  questions: Question[];
}

export function Quiz({ moduleId, questions }: QuizProps) {
  const learner = useLearner();
  const [results, setResults] = useState<Record<string, boolean>>({});
  const [attempt, setAttempt] = useState(0);
  const best = learner.quiz[moduleId] ?? null;
  const [saveError, setSaveError] = useState(false);
  const answered = Object.keys(results).length;
  const score = Object.values(results).filter(Boolean).length;

  async function save(finalScore: number) {
    // Visitors' results are not saved: there is no account to keep them in.
    if (learner.status !== "signed-in") return;
    try {
      const response = await fetch("/api/progress/quiz", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ moduleId, score: finalScore, total: questions.length }),
      });
      if (!response.ok) throw new Error(String(response.status));
      const saved = (await response.json()) as { bestScore: number; total: number };
      learner.setQuizBest(moduleId, { score: saved.bestScore, total: saved.total });
      setSaveError(false);
    } catch {
      setSaveError(true);
    }
  }

  function recordAnswer(questionId: string, correct: boolean) {
    const next = { ...results, [questionId]: correct };
    setResults(next);
    if (Object.keys(next).length === questions.length) void save(Object.values(next).filter(Boolean).length);
  }

  return (
    <section className="quiz" aria-label={`Quiz for module ${moduleId}`} data-module={moduleId}>
      {questions.map((question, index) => (
        <QuizQuestion
          key={`${attempt}-${question.id}`}
          question={question}
          number={index + 1}
          total={questions.length}
          resetKey={attempt}
          onChecked={(correct) => recordAnswer(question.id, correct)}
        />
      ))}
      <div className="quiz-summary" aria-live="polite">
        {best && (
          <p>
            Your best score: {best.score} of {best.total}.
          </p>
        )}
        {saveError && <p className="status-error">⚠ Your result could not be saved. It will be saved next time you finish the quiz.</p>}
        {answered === questions.length ? (
          <p>
            <strong>
              Score: {score} of {questions.length}.
            </strong>{" "}
            {score === questions.length ? "Every answer right." : "Review the explanations, then try again."}
          </p>
        ) : (
          <p className="field-hint">
            {answered} of {questions.length} answered.
          </p>
        )}
        {answered > 0 && (
          <button
            type="button"
            className="button small"
            onClick={() => {
              setResults({});
              setAttempt((value) => value + 1);
            }}
          >
            Try again
          </button>
        )}
      </div>
    </section>
  );
}
