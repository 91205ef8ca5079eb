import type { QuizQuestion } from "@/lib/content/quiz-schema";

/** Right only when exactly the correct options are chosen. */
export function isAnsweredCorrectly(question: QuizQuestion, chosen: ReadonlySet<number>): boolean {
  return question.options.every((option, index) => option.correct === chosen.has(index));
}
