import Link from "next/link";
import { ModuleProgressCell } from "@/components/progress/progress-bars";
import type { LessonEntry } from "@/lib/content/track-index.server";

interface ModulesTableProps {
  lessons: Pick<LessonEntry, "id" | "slug" | "title" | "complexity" | "timeRange" | "checklist">[];
}

/** The track's modules as a table: id, title, complexity, time — and progress when signed in. */
export function ModulesTable({ lessons }: ModulesTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Modules of the track, as a table">
      <table>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Title</th>
            <th scope="col">Complexity</th>
            <th scope="col">Time</th>
            <th scope="col">Your progress</th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((lesson) => (
            <tr key={lesson.id}>
              <td>{lesson.id}</td>
              <td>
                <Link href={`/modules/${lesson.slug}`}>{lesson.title}</Link>
              </td>
              <td>{lesson.complexity === "complex" ? "COMPLEX" : "MEDIUM"}</td>
              <td>{lesson.timeRange}</td>
              <td>
                <ModuleProgressCell moduleId={lesson.id} items={lesson.checklist.map((item) => item.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
