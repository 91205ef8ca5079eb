import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { cache } from "react";
import { ContentError } from "./content-error";
import { lessonFrontmatterSchema, trackSchema, type LessonFrontmatter, type Track } from "./lesson-frontmatter";
import { quizSchema, type QuizQuestion } from "./quiz-schema";

const TRACK_DIR = "gitops";

export interface LessonEntry extends LessonFrontmatter {
  /** Path from the repository root, for messages and the author view. */
  file: string;
  /** The MDX body without its frontmatter. */
  body: string;
  /** Lines before the body in the file, to turn a body line into a file line. */
  bodyLineOffset: number;
  /** The questions of quiz.yaml beside the lesson. */
  quiz: QuizQuestion[];
}

export interface TrackIndex {
  track: Track;
  lessons: LessonEntry[];
  /** content/gitops/track.mdx: the overview page's body, when written. */
  overview: { file: string; body: string } | null;
}

function compareModuleIds(a: string, b: string): number {
  const [aMajor, aMinor] = a.split(".").map(Number);
  const [bMajor, bMinor] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The line of a frontmatter key, so an error can point at it (frontmatter starts on line 2). */
function lineOfKey(source: string, key: PropertyKey | undefined): number | undefined {
  if (typeof key !== "string") return undefined;
  const index = source.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 2;
}

/** The line of the n-th question (`- id:`) in quiz.yaml, for messages. */
function lineOfQuestion(source: string, index: number | undefined): number | undefined {
  if (index === undefined) return undefined;
  const lines = source.split("\n");
  let seen = -1;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*-\s+id:/.test(lines[i]) && ++seen === index) return i + 1;
  }
  return undefined;
}

async function readQuiz(root: string, folder: string): Promise<QuizQuestion[]> {
  const file = path.join("content", TRACK_DIR, folder, "quiz.yaml");
  let source: string;
  try {
    source = await readFile(path.join(root, file), "utf8");
  } catch {
    throw new ContentError(file, "missing: every lesson has a quiz.yaml beside it (see content/AUTHORING.md)");
  }
  let data: unknown;
  try {
    data = yaml.load(source);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new ContentError(file, `invalid YAML: ${(error as Error).message.split("\n")[0]}`, mark?.line !== undefined ? mark.line + 1 : undefined);
  }
  const result = quizSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const index = issue.path[0] === "questions" && typeof issue.path[1] === "number" ? issue.path[1] : undefined;
    throw new ContentError(file, `${issue.path.join(".") || "quiz"}: ${issue.message}`, lineOfQuestion(source, index));
  }
  return result.data.questions;
}

async function readLesson(root: string, folder: string): Promise<LessonEntry> {
  const file = path.join("content", TRACK_DIR, folder, "lesson.mdx");
  const source = await readFile(path.join(root, file), "utf8");
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new ContentError(file, `invalid frontmatter YAML: ${(error as Error).message.split("\n")[0]}`, mark?.line ? mark.line + 2 : 1);
  }
  const result = lessonFrontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue.path[0] ?? (issue.code === "unrecognized_keys" ? issue.keys[0] : undefined);
    throw new ContentError(file, `frontmatter ${issue.path.join(".") || "field"}: ${issue.message}`, lineOfKey(source, key));
  }
  const bodyLineOffset = source.split("\n").length - parsed.content.split("\n").length;
  return { ...result.data, file, body: parsed.content, bodyLineOffset, quiz: await readQuiz(root, folder) };
}

/**
 * The track under `root`/content and its lessons in module order, validated.
 * @example (await readTrackIndex(process.cwd())).lessons.map((lesson) => lesson.id) // ["3.1", …, "3.6"]
 */
export async function readTrackIndex(root: string): Promise<TrackIndex> {
  const trackFile = path.join("content", TRACK_DIR, "track.yaml");
  let trackData: unknown;
  try {
    trackData = yaml.load(await readFile(path.join(root, trackFile), "utf8"));
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new ContentError(trackFile, `invalid YAML: ${(error as Error).message.split("\n")[0]}`, mark?.line !== undefined ? mark.line + 1 : undefined);
  }
  const trackResult = trackSchema.safeParse(trackData);
  if (!trackResult.success) {
    const issue = trackResult.error.issues[0];
    throw new ContentError(trackFile, `${issue.path.join(".") || "track"}: ${issue.message}`);
  }
  const entries = await readdir(path.join(root, "content", TRACK_DIR), { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const lessons = await Promise.all(folders.map((folder) => readLesson(root, folder)));
  lessons.sort((a, b) => compareModuleIds(a.id, b.id));
  const seen = new Map<string, string>();
  for (const lesson of lessons) {
    for (const key of [`id ${lesson.id}`, `slug ${lesson.slug}`]) {
      const other = seen.get(key);
      if (other) throw new ContentError(lesson.file, `duplicate ${key}: also used by ${other}`, 2);
      seen.set(key, lesson.file);
    }
  }
  const overviewFile = path.join("content", TRACK_DIR, "track.mdx");
  const overviewBody = await readFile(path.join(root, overviewFile), "utf8").catch(() => null);
  return { track: trackResult.data, lessons, overview: overviewBody === null ? null : { file: overviewFile, body: overviewBody } };
}

/** The app's track, read once per request (and once per build for static pages). */
export const loadTrackIndex = cache(() => readTrackIndex(process.cwd()));

export async function findLesson(slug: string): Promise<LessonEntry | undefined> {
  return (await loadTrackIndex()).lessons.find((lesson) => lesson.slug === slug);
}
