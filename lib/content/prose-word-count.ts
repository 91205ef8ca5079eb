/**
 * Words of prose in an MDX body: code blocks, frontmatter, JSX tags and Markdown syntax left
 * out, so "3,000 words" means words a learner reads.
 * @example proseWordCount("Hello **world**\n\n```yaml\nkind: Pod\n```") // 2
 */
export function proseWordCount(body: string): number {
  const prose = body
    .replace(/^---[\s\S]*?---/, "")
    .replace(/```[\s\S]*?```/g, " ")
    // JSX tags only: "<" followed by a letter or "/". A "<" inside inline code (`>=1.0 <2.0`) stays text.
    .replace(/<\/?[A-Za-z][^>]*>/g, " ");
  return prose.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length;
}
