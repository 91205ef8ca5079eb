import Link from "next/link";
import type { LessonEntry } from "@/lib/content/track-index.server";

/** Each module's three objectives as steps along one path. */
export function LearningPath({ lessons }: { lessons: Pick<LessonEntry, "id" | "slug" | "title" | "objectives">[] }) {
  return (
    <ol className="track-path" aria-label="Learning path">
      {lessons.map((lesson) => (
        <li key={lesson.id} className="track-path-module">
          <p className="track-path-title">
            <span className="module-number">{lesson.id}</span> <Link href={`/modules/${lesson.slug}`}>{lesson.title}</Link>
          </p>
          <ol className="learning-path">
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
