import "server-only";
import { createHash } from "node:crypto";
import { bundleMDX } from "mdx-bundler";
import rehypePrettyCode from "rehype-pretty-code";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { ContentError } from "./content-error";
import type { LessonEntry } from "./track-index.server";

// Compiled lessons by content hash: an unchanged lesson is compiled once per process.
const compiled = new Map<string, Promise<string>>();

/**
 * Code blocks are highlighted here, at build time, with both themes' colours as CSS variables
 * (--shiki-light / --shiki-dark) so the page switches with the site theme and ships no
 * highlighter to the browser.
 */
// The "-default" GitHub themes: their comment colours meet WCAG AA contrast on our surfaces
// (the older github-dark's comments do not, which axe reports as serious).
const prettyCodeOptions = { theme: { light: "github-light-default", dark: "github-dark-default" }, keepBackground: false, defaultLang: "text" };

/** Compiles MDX (GFM tables, heading ids, highlighted code) to the code getMDXComponent runs. */
export function compileMdx(source: string, file: string, lineOffset = 0): Promise<string> {
  const key = createHash("sha256").update(source).digest("hex");
  let result = compiled.get(key);
  if (!result) {
    result = bundleMDX({
      source,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug, [rehypePrettyCode, prettyCodeOptions]];
        return options;
      },
    })
      .then((output) => output.code)
      .catch((error: { errors?: Array<{ text: string; location?: { line: number } }>; message: string }) => {
        compiled.delete(key);
        const first = error.errors?.[0];
        const bodyLine = first?.location?.line;
        throw new ContentError(file, first?.text ?? error.message, bodyLine ? bodyLine + lineOffset : undefined);
      });
    compiled.set(key, result);
  }
  return result;
}

/** Compiles a lesson's body; a broken lesson fails with its file and line. */
export function compileLesson(lesson: LessonEntry): Promise<string> {
  return compileMdx(lesson.body, lesson.file, lesson.bodyLineOffset);
}
