import type { MDXComponents } from "mdx/types";

/**
 * The registry of components a lesson may use. Lessons grow quizzes, diagrams and exercise
 * embeds here; an element a lesson uses that is not registered renders as plain HTML.
 */
export const mdxComponents: MDXComponents = {};
