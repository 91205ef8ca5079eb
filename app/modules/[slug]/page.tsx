import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonBody } from "@/components/mdx/lesson-body";
import { TableOfContents } from "@/components/mdx/table-of-contents";
import { ChecklistPanel } from "@/components/progress/checklist-panel";
import { lessonHeadings } from "@/lib/content/lesson-headings";
import { compileLesson } from "@/lib/content/compile-lesson.server";
import { proseWordCount } from "@/lib/content/prose-word-count";
import { findLesson, loadTrackIndex } from "@/lib/content/track-index.server";

interface ModulePageProps {
  params: Promise<{ slug: string }>;
}

// Static: the same HTML for every reader, built once; the learner's ticks and scores are
// filled in by the browser (components/progress/learner-context.tsx).
export const dynamicParams = false;

export async function generateStaticParams() {
  const { lessons } = await loadTrackIndex();
  return lessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: ModulePageProps): Promise<Metadata> {
  const lesson = await findLesson((await params).slug);
  return lesson ? { title: `${lesson.id} ${lesson.title}`, description: lesson.description } : {};
}

export default async function ModulePage({ params }: ModulePageProps) {
  const { slug } = await params;
  const { lessons } = await loadTrackIndex();
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  if (index < 0) notFound();
  const lesson = lessons[index];
  const code = await compileLesson(lesson);
  const previous = lessons[index - 1];
  const next = lessons[index + 1];
  // Reading time at 230 words a minute, the usual figure for technical prose.
  const minutes = Math.max(1, Math.round(proseWordCount(lesson.body) / 230));
  return (
    <div className="lesson-layout">
      <article className="lesson">
        <nav className="breadcrumbs" aria-label="Breadcrumbs">
          <Link href="/">GitOps track</Link> / Module {lesson.id}
        </nav>
        <h1>
          <span className="module-number">{lesson.id}</span> {lesson.title}
        </h1>
        <p className="module-meta">
          <span className="badge">{lesson.complexity === "complex" ? "Complex" : "Medium"}</span> {lesson.timeRange} · about {minutes} min of reading
        </p>
        <p className="lesson-lead">{lesson.description}</p>
        <section className="card lesson-goals" aria-labelledby="goals-title">
          <h2 id="goals-title">In this module you will</h2>
          <ol className="learning-path">
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ol>
        </section>
        <LessonBody
          code={code}
          moduleId={lesson.id}
          quiz={lesson.quiz}
        />
        <ChecklistPanel moduleId={lesson.id} items={lesson.checklist} />
        <nav className="pager" aria-label="Modules">
          {previous ? <Link href={`/modules/${previous.slug}`}>← {previous.id} {previous.title}</Link> : <span />}
          {next ? <Link href={`/modules/${next.slug}`}>Next: {next.id} {next.title} →</Link> : <Link href="/">Back to the track</Link>}
        </nav>
      </article>
      <aside>
        <TableOfContents headings={lessonHeadings(lesson.body)} />
      </aside>
    </div>
  );
}
