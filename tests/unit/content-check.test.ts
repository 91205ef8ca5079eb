// content:check on a small generated content tree: valid as written, then broken one rule at a
// time — each failure names the file, the line and the rule.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { checkContent } from "@/lib/content/check-content.server";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const prose = (words: number) => Array.from({ length: Math.ceil(words / 10) }, () => "Reconciliation keeps the cluster equal to what Git declares, always.").join(" ");

function lessonSource(overrides: { frontmatter?: string; body?: string } = {}) {
  const frontmatter =
    overrides.frontmatter ??
    `id: "3.1"\nslug: first\ntitle: First Module\ncomplexity: medium\ntimeRange: 35-45 min\ndescription: A module used by the content checker's tests.\nobjectives:\n  - Explain the first thing\n  - Explain the second thing\n  - Explain the third thing\nprerequisites:\n  - Kubernetes fundamentals\nchecklist:\n  - id: first-item\n    text: I can do the first thing\n  - id: second-item\n    text: I can do the second thing\n  - id: third-item\n    text: I can do the third thing\nexercises:\n  - try-it\n`;
  const body =
    overrides.body ??
    `## Prerequisites\n\nKnow Kubernetes.\n\n## Why it matters\n\n${prose(3100)}\n\n<DidYouKnow>\n\nA fact.\n\n</DidYouKnow>\n\n<Diagram name="Loop" />\n\n## War story\n\n<WarStory title="An outage">\n\nIt broke.\n\n</WarStory>\n\n## Common mistakes\n\n| Mistake | Why it hurts | Do this instead |\n| --- | --- | --- |\n| A | B | C |\n\n## Quiz\n\n<Quiz />\n\n## Hands-on\n\n<Exercise id="try-it" title="Try it" />\n\nSee [the module](/modules/first).\n\n## Key takeaways\n\n- One\n`;
  return `---\n${frontmatter}---\n\n${body}`;
}

const question = (id: string) =>
  `  - id: ${id}\n    type: single\n    prompt: Which option is the right one here?\n    options:\n      - text: This one\n        correct: true\n        explanation: Because it is the one the lesson describes.\n      - text: That one\n        correct: false\n        explanation: Because the lesson says the opposite.\n`;

function contentTree(lesson = lessonSource(), quiz = `questions:\n${["a", "b", "c", "d", "e", "f"].map(question).join("")}`) {
  const root = mkdtempSync(path.join(os.tmpdir(), "reconcile-content-check-"));
  roots.push(root);
  mkdirSync(path.join(root, "content/gitops/3.1-first"), { recursive: true });
  mkdirSync(path.join(root, "components/mdx/diagrams"), { recursive: true });
  writeFileSync(path.join(root, "content/gitops/track.yaml"), "id: gitops\ntitle: GitOps\ntagline: Test track.\ndescription: Test track.\ntotalTime: about 1 hour\n");
  writeFileSync(path.join(root, "content/gitops/3.1-first/lesson.mdx"), lesson);
  writeFileSync(path.join(root, "content/gitops/3.1-first/quiz.yaml"), quiz);
  writeFileSync(path.join(root, "components/mdx/diagrams/module-3-1.tsx"), "export const diagrams = { Loop };\n");
  return root;
}

const FILE = "content/gitops/3.1-first/lesson.mdx";

async function problems(root: string) {
  return (await checkContent(root)).map((problem) => problem.message);
}

test("a complete lesson passes", async () => {
  expect(await problems(contentTree())).toEqual([]);
});

test("invalid frontmatter: file, line, rule", async () => {
  const lesson = lessonSource().replace("complexity: medium", "complexity: easy");
  expect(await problems(contentTree(lesson))).toEqual([`${FILE}:5: frontmatter complexity: Invalid option: expected one of "medium"|"complex"`]);
});

test("an MDX syntax error: file and line", async () => {
  const lesson = lessonSource().replace("Know Kubernetes.", "Know {Kubernetes.");
  const [message] = await problems(contentTree(lesson));
  expect(message).toMatch(new RegExp(`^${FILE}:27: `));
});

test("an unknown component is refused where it is used", async () => {
  const lesson = lessonSource().replace("Know Kubernetes.", "Know Kubernetes.\n\n<Tabs />");
  const found = await problems(contentTree(lesson));
  expect(found).toContain(`${FILE}:29: unknown component <Tabs>: use one of Callout, DidYouKnow, WarStory, Exercise, Quiz, Diagram`);
});

test("a diagram that does not exist, a broken internal link, an exercise not declared", async () => {
  const lesson = lessonSource().replace('<Diagram name="Loop" />', '<Diagram name="Spiral" />').replace("/modules/first", "/modules/nowhere").replace('<Exercise id="try-it"', '<Exercise id="other"');
  const found = await problems(contentTree(lesson));
  expect(found).toEqual(
    expect.arrayContaining([
      expect.stringMatching(new RegExp(`^${FILE}:\\d+: no diagram named "Spiral"`)),
      expect.stringMatching(new RegExp(`^${FILE}:\\d+: broken link: there is no module /modules/nowhere$`)),
      expect.stringMatching(new RegExp(`^${FILE}:\\d+: exercise "other" is not declared`)),
      `${FILE}:2: exercise "try-it" is declared but never embedded with <Exercise id="try-it" />`,
    ]),
  );
});

test("a duplicate question id in the quiz: quiz file and rule", async () => {
  const quiz = `questions:\n${["a", "b", "c", "d", "e", "a"].map(question).join("")}`;
  expect(await problems(contentTree(lessonSource(), quiz))).toEqual(["content/gitops/3.1-first/quiz.yaml: questions: question ids must be unique"]);
});

test("too few quiz questions, a single-choice question with two right answers", async () => {
  const few = `questions:\n${["a", "b"].map(question).join("")}`;
  expect(await problems(contentTree(lessonSource(), few))).toEqual(["content/gitops/3.1-first/quiz.yaml: questions: a quiz needs at least 6 questions"]);
  const twoRight = `questions:\n${["a", "b", "c", "d", "e", "f"].map(question).join("").replace("correct: false", "correct: true")}`;
  expect(await problems(contentTree(lessonSource(), twoRight))).toEqual([
    "content/gitops/3.1-first/quiz.yaml:2: questions.0.options: a single-choice question needs exactly one correct option (has 2)",
  ]);
});

test("too short, or a required section missing", async () => {
  const short = lessonSource().replace(prose(3100), prose(200));
  expect(await problems(contentTree(short))).toEqual([`${FILE}: 232 words of prose; a lesson needs at least 3000`]);
  const noTakeaways = lessonSource().replace("## Key takeaways", "## Summary");
  expect(await problems(contentTree(noTakeaways))).toEqual([`${FILE}: missing the "## Key takeaways" section (content/AUTHORING.md)`]);
});

test("the track overview is checked too: unknown components and broken links", async () => {
  const root = contentTree();
  writeFileSync(path.join(root, "content/gitops/track.mdx"), "## Overview\n\nSee [first](/modules/first).\n\n<ModulesTable />\n\n<Carousel />\n\nAnd [gone](/modules/gone).\n");
  expect(await problems(root)).toEqual([
    "content/gitops/track.mdx:7: unknown component <Carousel>: use one of ModulesTable, LearningPath, TrackChecklist, Diagram, Callout, DidYouKnow",
    "content/gitops/track.mdx:9: broken link: there is no module /modules/gone",
  ]);
});
