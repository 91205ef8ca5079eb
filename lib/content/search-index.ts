import GithubSlugger from "github-slugger";

export interface SearchEntry {
  slug: string;
  moduleId: string;
  moduleTitle: string;
  /** The section's heading id ("" for the lesson's introduction). */
  headingId: string;
  heading: string;
  /** The section's prose, plain text, for matching and snippets. */
  text: string;
}

/** Markdown and MDX reduced to words a reader sees. */
function plain(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_#>|]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * One entry per `##`/`###` section of a lesson, with the ids rehype-slug gives the headings.
 * @example searchEntries({ slug: "drift-detection", id: "3.4", title: "Drift Detection", body })
 */
export function searchEntries(lesson: { slug: string; id: string; title: string; body: string }): SearchEntry[] {
  const slugger = new GithubSlugger();
  const parts = lesson.body.replace(/```[\s\S]*?```/g, (block) => block.replace(/^#/gm, " ")).split(/^(?=#{2,3}\s)/m);
  return parts
    .map((part) => {
      const match = /^(#{2,3})\s+(.+?)\s*$/m.exec(part);
      const heading = match && part.startsWith("#") ? plain(match[2]) : "";
      return {
        slug: lesson.slug,
        moduleId: lesson.id,
        moduleTitle: lesson.title,
        headingId: heading ? slugger.slug(heading) : "",
        heading: heading || lesson.title,
        text: plain(match && part.startsWith("#") ? part.slice(match[0].length) : part),
      };
    })
    .filter((entry) => entry.text.length > 0 || entry.headingId);
}

/**
 * Sections matching every word of the query, best first: words in the heading count more
 * than words in the text.
 * @example searchSections(entries, "self heal").slice(0, 5)
 */
export function searchSections(entries: readonly SearchEntry[], query: string, limit = 12): SearchEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of entries) {
    const heading = `${entry.heading} ${entry.moduleTitle}`.toLowerCase();
    const text = entry.text.toLowerCase();
    let score = 0;
    let all = true;
    for (const word of words) {
      const inHeading = heading.includes(word);
      const inText = text.includes(word);
      if (!inHeading && !inText) all = false;
      score += (inHeading ? 10 : 0) + (inText ? 1 : 0);
    }
    if (all) scored.push({ entry, score });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((item) => item.entry);
}
