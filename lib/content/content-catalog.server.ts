import "server-only";
import type { ContentCatalog } from "@/lib/progress/progress-input";
import { loadTrackIndex } from "./track-index.server";

/** The ids progress may refer to, from content/. */
export async function loadContentCatalog(): Promise<ContentCatalog> {
  const { lessons } = await loadTrackIndex();
  return new Map(lessons.map((lesson) => [lesson.id, { items: new Set(lesson.checklist.map((item) => item.id)), quizQuestions: lesson.quiz.length }]));
}
