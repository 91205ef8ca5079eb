import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session.server";
import { loadTrackIndex } from "@/lib/content/track-index.server";

export const metadata: Metadata = { title: "Lessons" };

export default async function AuthorPage() {
  await requireRole("author");
  const { lessons } = await loadTrackIndex();
  return (
    <section aria-labelledby="author-title">
      <h1 id="author-title">Lessons</h1>
      <p className="field-hint">The lessons of the GitOps track and the files they come from.</p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Lessons and their source files</caption>
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">Title</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {lessons.map((lesson) => (
              <tr key={lesson.id}>
                <td>{lesson.id}</td>
                <td>
                  <Link href={`/modules/${lesson.slug}`}>{lesson.title}</Link>
                </td>
                <td>
                  <code>{lesson.file}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
