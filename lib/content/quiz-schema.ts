// A lesson's quiz (quiz.yaml beside lesson.mdx): questions with options, each option saying
// why it is right or wrong — a learner reads the explanation, a bare "wrong" teaches nothing.
import { z } from "zod";

const optionSchema = z.strictObject({
  text: z.string().trim().min(1),
  correct: z.boolean(),
  explanation: z.string().trim().min(10, "every option needs an explanation that teaches why"),
});

export const questionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
    type: z.enum(["single", "multiple"]),
    prompt: z.string().trim().min(10),
    options: z.array(optionSchema).min(2, "needs at least 2 options").max(6, "keep it to 6 options"),
  })
  .superRefine((question, context) => {
    const correct = question.options.filter((option) => option.correct).length;
    if (question.type === "single" && correct !== 1) context.addIssue({ code: "custom", path: ["options"], message: `a single-choice question needs exactly one correct option (has ${correct})` });
    if (question.type === "multiple" && correct < 1) context.addIssue({ code: "custom", path: ["options"], message: "a multiple-choice question needs at least one correct option" });
  });

export const quizSchema = z.strictObject({
  questions: z
    .array(questionSchema)
    .min(6, "a quiz needs at least 6 questions")
    .refine((questions) => new Set(questions.map((question) => question.id)).size === questions.length, "question ids must be unique"),
});

export type QuizQuestion = z.infer<typeof questionSchema>;
export type Quiz = z.infer<typeof quizSchema>;
