import { expect, test } from "vitest";
import { searchEntries, searchSections } from "@/lib/content/search-index";
import { readTrackIndex } from "@/lib/content/track-index.server";

test("a lesson splits into sections with their heading ids; code is not indexed", () => {
  const entries = searchEntries({ slug: "demo", id: "9.9", title: "Demo", body: "Intro text.\n\n## Why it matters\n\nDrift **hurts**.\n\n```bash\n## kubectl scale\n```\n\n### The `selfHeal` flag\n\nIt heals.\n" });
  expect(entries).toEqual([
    { slug: "demo", moduleId: "9.9", moduleTitle: "Demo", headingId: "", heading: "Demo", text: "Intro text." },
    { slug: "demo", moduleId: "9.9", moduleTitle: "Demo", headingId: "why-it-matters", heading: "Why it matters", text: "Drift hurts ." },
    { slug: "demo", moduleId: "9.9", moduleTitle: "Demo", headingId: "the-selfheal-flag", heading: "The selfHeal flag", text: "It heals." },
  ]);
});

test("every word must match; heading matches rank first", async () => {
  const { lessons } = await readTrackIndex(process.cwd());
  const entries = lessons.flatMap(searchEntries);
  const results = searchSections(entries, "sealed secrets");
  expect(results.length).toBeGreaterThan(0);
  expect(results[0].moduleId).toBe("3.5");
  expect(searchSections(entries, "zebra-unicorn-xyz")).toEqual([]);
  expect(searchSections(entries, "")).toEqual([]);
  for (const result of searchSections(entries, "ignoreDifferences jq")) {
    expect(`${result.heading} ${result.moduleTitle} ${result.text}`.toLowerCase()).toContain("ignoredifferences");
  }
});
