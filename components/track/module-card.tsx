import Link from "next/link";
import type { LessonFrontmatter } from "@/lib/content/lesson-frontmatter";

const COMPLEXITY_LABELS = { medium: "Medium", complex: "Complex" } as const;

export function ModuleCard({ lesson, done }: { lesson: LessonFrontmatter; done?: number }) {
  return (
    <article className="card module-card">
      <div className="module-meta">
        <span className="module-number">Module {lesson.id}</span>
        <span className="badge">{COMPLEXITY_LABELS[lesson.complexity]}</span>
        <span>{lesson.timeRange}</span>
      </div>
      <h3>
        <Link href={`/modules/${lesson.slug}`}>{lesson.title}</Link>
      </h3>
      <p>{lesson.description}</p>
      {done !== undefined && (
        <div className="progress-row">
          <progress max={lesson.checklist.length} value={done} aria-label={`Module ${lesson.id} progress`} />
          <span>
            {done} of {lesson.checklist.length} done
          </span>
        </div>
      )}
    </article>
  );
}
