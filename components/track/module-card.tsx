import Link from "next/link";
import { ModuleProgressBar } from "@/components/progress/progress-bars";
import type { LessonFrontmatter } from "@/lib/content/lesson-frontmatter";

const COMPLEXITY_LABELS = { medium: "Medium", complex: "Complex" } as const;

export function ModuleCard({ lesson }: { lesson: LessonFrontmatter }) {
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
      <ModuleProgressBar moduleId={lesson.id} total={lesson.checklist.length} />
    </article>
  );
}
