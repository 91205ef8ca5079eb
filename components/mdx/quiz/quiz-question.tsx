"use client";

import { useId, useState } from "react";
import type { QuizQuestion as Question } from "@/lib/content/quiz-schema";
import { isAnsweredCorrectly } from "./grade-question";
import { InlineText } from "./inline-text";

interface QuizQuestionProps {
  question: Question;
  number: number;
  total: number;
  onChecked: (correct: boolean) => void;
  resetKey: number;
}

/** One question: choose, check, and then every option says why it is right or wrong. */
export function QuizQuestion({ question, number, total, onChecked }: QuizQuestionProps) {
  const id = useId();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [checked, setChecked] = useState(false);
  const correct = checked && isAnsweredCorrectly(question, chosen);

  function toggle(index: number) {
    if (checked) return;
    setChosen((previous) => {
      if (question.type === "single") return new Set([index]);
      const next = new Set(previous);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  }

  function check() {
    setChecked(true);
    onChecked(isAnsweredCorrectly(question, chosen));
  }

  return (
    <fieldset className={`quiz-question${checked ? (correct ? " is-correct" : " is-wrong") : ""}`}>
      <legend>
        <span className="quiz-number">
          Question {number} of {total}
          {question.type === "multiple" ? " · choose all that apply" : ""}
        </span>
        <span className="quiz-prompt">
          <InlineText text={question.prompt} />
        </span>
      </legend>
      <ul className="quiz-options">
        {question.options.map((option, index) => {
          const inputId = `${id}-${index}`;
          const selected = chosen.has(index);
          return (
            <li key={index} className={checked ? (option.correct ? "option-correct" : selected ? "option-wrong" : "") : ""}>
              <input
                id={inputId}
                type={question.type === "single" ? "radio" : "checkbox"}
                name={id}
                checked={selected}
                disabled={checked}
                onChange={() => toggle(index)}
              />
              <label htmlFor={inputId}>
                <InlineText text={option.text} />
              </label>
              {checked && (
                <p className="option-feedback">
                  <strong>{option.correct ? "✓ Right answer." : selected ? "✗ Not right." : "✗ Not this one."}</strong> <InlineText text={option.explanation} />
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {!checked ? (
        <button type="button" className="button small" onClick={check} disabled={chosen.size === 0}>
          Check answer
        </button>
      ) : (
        <p role="status" className={correct ? "status-ok" : "status-error"}>
          {correct ? "✓ Correct." : "✗ Not quite — read why each option is right or wrong above."}
        </p>
      )}
    </fieldset>
  );
}
