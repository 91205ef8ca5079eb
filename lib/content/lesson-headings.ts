import GithubSlugger from "github-slugger";

export interface LessonHeading {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** Inline Markdown reduced to its text: `code`, **bold**, [links](…). */
function plainText(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, "$1")
    .trim();
}

/**
 * The `##` and `###` headings of an MDX body with the ids rehype-slug gives them (both use
 * github-slugger, in document order), for the table of contents.
 * @example lessonHeadings("## Why it matters\n### Drift") // [{ id: "why-it-matters", … }, { id: "drift", … }]
 */
export function lessonHeadings(body: string): LessonHeading[] {
  const slugger = new GithubSlugger();
  const withoutCode = body.replace(/```[\s\S]*?```/g, "");
  return [...withoutCode.matchAll(/^(#{2,3})\s+(.+?)\s*$/gm)].map((match) => {
    const text = plainText(match[2]);
    return { id: slugger.slug(text), text, depth: match[1].length as 2 | 3 };
  });
}
