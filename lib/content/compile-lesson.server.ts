import "server-only";
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
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

// Compiled lessons also go to disk, keyed by content and pipeline: content:check compiles every
// lesson before each build, so the server starts with them ready and a first visit does not
// wait for esbuild and the highlighter. Next keeps .next/cache across builds.
const DISK_CACHE = path.join(process.cwd(), ".next", "cache", "reconcile-mdx");
const PIPELINE_VERSION = "mdx-1|gfm|slug|pretty-code:github-light-default,github-dark-default";

async function fromDisk(key: string): Promise<string | null> {
  return readFile(path.join(DISK_CACHE, `${key}.js`), "utf8").catch(() => null);
}

async function toDisk(key: string, code: string): Promise<void> {
  // A read-only or full disk only costs a recompile next time.
  await mkdir(DISK_CACHE, { recursive: true })
    .then(() => writeFile(path.join(DISK_CACHE, `${key}.js`), code))
    .catch(() => {});
}

/** Compiles MDX (GFM tables, heading ids, highlighted code) to the code getMDXComponent runs. */
export function compileMdx(source: string, file: string, lineOffset = 0): Promise<string> {
  const key = createHash("sha256").update(PIPELINE_VERSION).update("\0").update(source).digest("hex");
  let result = compiled.get(key);
  if (!result) {
    result = fromDisk(key).then((cached) => cached ?? compileFresh(source, file, lineOffset, key));
    compiled.set(key, result);
    result.catch(() => compiled.delete(key));
  }
  return result;
}

function compileFresh(source: string, file: string, lineOffset: number, key: string): Promise<string> {
  return bundleMDX({
    source,
    // Errors come back as a ContentError with file and line; esbuild need not print them too.
    esbuildOptions(options) {
      options.logLevel = "silent";
      return options;
    },
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug, [rehypePrettyCode, prettyCodeOptions]];
      return options;
    },
  })
    .then(async (output) => {
      await toDisk(key, output.code);
      return output.code;
    })
    .catch((error: { errors?: Array<{ text: string; location?: { line: number } }>; message: string }) => {
      if (error instanceof ContentError) throw error;
      const first = error.errors?.[0];
      const bodyLine = first?.location?.line;
      throw new ContentError(file, first?.text ?? error.message, bodyLine ? bodyLine + lineOffset : undefined);
    });
}

/** Compiles a lesson's body; a broken lesson fails with its file and line. */
export function compileLesson(lesson: LessonEntry): Promise<string> {
  return compileMdx(lesson.body, lesson.file, lesson.bodyLineOffset);
}
