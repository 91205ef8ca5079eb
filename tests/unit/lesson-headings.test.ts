import { expect, test } from "vitest";
import { lessonHeadings } from "@/lib/content/lesson-headings";

test("headings get rehype-slug's ids, duplicates numbered, code blocks ignored", () => {
  const body = "## Why it matters\n\n### The `selfHeal` flag\n\n```bash\n## not a heading\n```\n\n## Why it matters\n\n## [Linked](/modules/x) **bold**\n";
  expect(lessonHeadings(body)).toEqual([
    { id: "why-it-matters", text: "Why it matters", depth: 2 },
    { id: "the-selfheal-flag", text: "The selfHeal flag", depth: 3 },
    { id: "why-it-matters-1", text: "Why it matters", depth: 2 },
    { id: "linked-bold", text: "Linked bold", depth: 2 },
  ]);
});
