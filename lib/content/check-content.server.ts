import "server-only";
// `npm run content:check`: everything a lesson can get wrong, each reported with its file, its
// line and the rule broken — run by `npm test` and before every build.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { compileMdx } from "./compile-lesson.server";
import { ContentError } from "./content-error";
import { LESSON_COMPONENT_NAMES, MIN_PROSE_WORDS, REQUIRED_SECTIONS, TRACK_COMPONENT_NAMES } from "./lesson-components";
import { proseWordCount } from "./prose-word-count";
import { readTrackIndex, type LessonEntry } from "./track-index.server";

/** The lesson body with code blocks and inline code blanked out (same line numbers). */
function withoutCode(body: string): string {
  return body.replace(/```[\s\S]*?```/g, (block) => block.replace(/[^\n]/g, " ")).replace(/`[^`\n]*`/g, (code) => " ".repeat(code.length));
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/** Diagram export names of a module, read from its diagrams file. */
async function diagramNames(root: string, moduleId: string): Promise<Set<string>> {
  const file = path.join(root, "components/mdx/diagrams", `module-${moduleId.replace(".", "-")}.tsx`);
  const source = await readFile(file, "utf8").catch(() => "");
  const match = /export const diagrams\s*=\s*\{([^}]*)\}/.exec(source);
  return new Set((match?.[1] ?? "").split(",").map((entry) => entry.split(":")[0].trim()).filter(Boolean));
}

async function checkLesson(root: string, lesson: LessonEntry, slugs: ReadonlySet<string>): Promise<ContentError[]> {
  const problems: ContentError[] = [];
  const at = (index: number) => lineAt(lesson.body, index) + lesson.bodyLineOffset;
  const prose = withoutCode(lesson.body);
  const diagrams = await diagramNames(root, lesson.id);
  const embedded = new Set<string>();
  for (const match of prose.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)) {
    const [, name, attributes] = match;
    if (!(LESSON_COMPONENT_NAMES as readonly string[]).includes(name)) {
      problems.push(new ContentError(lesson.file, `unknown component <${name}>: use one of ${LESSON_COMPONENT_NAMES.join(", ")}`, at(match.index)));
    }
    const attribute = (key: string) => new RegExp(`${key}="([^"]*)"`).exec(attributes)?.[1];
    if (name === "Diagram" && !diagrams.has(attribute("name") ?? "")) {
      problems.push(new ContentError(lesson.file, `no diagram named "${attribute("name")}" in components/mdx/diagrams/module-${lesson.id.replace(".", "-")}.tsx`, at(match.index)));
    }
    if (name === "Exercise") {
      const id = attribute("id") ?? "";
      embedded.add(id);
      if (!lesson.exercises.includes(id)) problems.push(new ContentError(lesson.file, `exercise "${id}" is not declared in the frontmatter's exercises`, at(match.index)));
    }
  }
  for (const id of lesson.exercises) {
    if (!embedded.has(id)) problems.push(new ContentError(lesson.file, `exercise "${id}" is declared but never embedded with <Exercise id="${id}" />`, 2));
  }
  for (const match of prose.matchAll(/(?:\]\(|href=")\/modules\/([a-z0-9-]+)/g)) {
    if (!slugs.has(match[1])) problems.push(new ContentError(lesson.file, `broken link: there is no module /modules/${match[1]}`, at(match.index)));
  }
  const headings = new Set([...prose.matchAll(/^##\s+(.+?)\s*$/gm)].map((match) => match[1]));
  for (const section of REQUIRED_SECTIONS) {
    if (!headings.has(section)) problems.push(new ContentError(lesson.file, `missing the "## ${section}" section (content/AUTHORING.md)`));
  }
  if (!/<DidYouKnow\b/.test(prose)) problems.push(new ContentError(lesson.file, "needs at least one <DidYouKnow>"));
  if (!/<WarStory\b/.test(prose)) problems.push(new ContentError(lesson.file, "needs a <WarStory>"));
  if (!/<Quiz\s*\/>/.test(prose)) problems.push(new ContentError(lesson.file, "needs <Quiz /> in its Quiz section"));
  const words = proseWordCount(lesson.body);
  if (words < MIN_PROSE_WORDS) problems.push(new ContentError(lesson.file, `${words} words of prose; a lesson needs at least ${MIN_PROSE_WORDS}`));
  try {
    await compileMdx(lesson.body, lesson.file, lesson.bodyLineOffset);
  } catch (error) {
    problems.push(error instanceof ContentError ? error : new ContentError(lesson.file, String(error)));
  }
  return problems;
}

/** The track overview (track.mdx): its own components, internal links and MDX syntax. */
async function checkOverview(overview: { file: string; body: string }, slugs: ReadonlySet<string>): Promise<ContentError[]> {
  const problems: ContentError[] = [];
  const prose = withoutCode(overview.body);
  for (const match of prose.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
    if (!(TRACK_COMPONENT_NAMES as readonly string[]).includes(match[1])) {
      problems.push(new ContentError(overview.file, `unknown component <${match[1]}>: use one of ${TRACK_COMPONENT_NAMES.join(", ")}`, lineAt(overview.body, match.index)));
    }
  }
  for (const match of prose.matchAll(/(?:\]\(|href=")\/modules\/([a-z0-9-]+)/g)) {
    if (!slugs.has(match[1])) problems.push(new ContentError(overview.file, `broken link: there is no module /modules/${match[1]}`, lineAt(overview.body, match.index)));
  }
  try {
    await compileMdx(overview.body, overview.file);
  } catch (error) {
    problems.push(error instanceof ContentError ? error : new ContentError(overview.file, String(error)));
  }
  return problems;
}

/**
 * Every content problem under `root`/content, in file order; empty when all is well.
 * @example (await checkContent(process.cwd())).map(String) // ["content/gitops/3.2-…/lesson.mdx:41: unknown component <Tabs>…"]
 */
export async function checkContent(root: string): Promise<ContentError[]> {
  let index;
  try {
    index = await readTrackIndex(root);
  } catch (error) {
    return [error instanceof ContentError ? error : new ContentError("content", String(error))];
  }
  const slugs = new Set(index.lessons.map((lesson) => lesson.slug));
  const problems = await Promise.all(index.lessons.map((lesson) => checkLesson(root, lesson, slugs)));
  if (index.overview) problems.push(await checkOverview(index.overview, slugs));
  return problems.flat();
}
