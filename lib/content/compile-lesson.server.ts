import "server-only";
import { createHash } from "node:crypto";
import { bundleMDX } from "mdx-bundler";
import { ContentError } from "./content-error";
import type { LessonEntry } from "./track-index.server";

// Compiled lessons by content hash: an unchanged lesson is compiled once per process.
const compiled = new Map<string, Promise<string>>();

/**
 * Compiles a lesson's MDX body to the code `getMDXComponent` runs. Pages call this at build
 * time (they are statically generated), so a broken lesson fails the build with its file and line.
 */
export function compileLesson(lesson: LessonEntry): Promise<string> {
  const key = createHash("sha256").update(lesson.body).digest("hex");
  let result = compiled.get(key);
  if (!result) {
    result = bundleMDX({ source: lesson.body })
      .then((output) => output.code)
      .catch((error: { errors?: Array<{ text: string; location?: { line: number } }>; message: string }) => {
        compiled.delete(key);
        const first = error.errors?.[0];
        const bodyLine = first?.location?.line;
        throw new ContentError(lesson.file, first?.text ?? error.message, bodyLine ? bodyLine + lesson.bodyLineOffset : undefined);
      });
    compiled.set(key, result);
  }
  return result;
}
