import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonBody } from "@/components/mdx/lesson-body";
import { compileLesson } from "@/lib/content/compile-lesson.server";
import { findLesson, loadTrackIndex } from "@/lib/content/track-index.server";

interface ModulePageProps {
  params: Promise<{ slug: string }>;
}

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
  return (
    <article className="lesson">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/">GitOps track</Link> / Module {lesson.id}
      </nav>
      <h1>
        <span className="module-number">{lesson.id}</span> {lesson.title}
      </h1>
      <p className="module-meta">
        <span className="badge">{lesson.complexity === "complex" ? "Complex" : "Medium"}</span> {lesson.timeRange}
      </p>
      <LessonBody code={code} />
      <nav className="pager" aria-label="Modules">
        {previous ? <Link href={`/modules/${previous.slug}`}>← {previous.id} {previous.title}</Link> : <span />}
        {next ? <Link href={`/modules/${next.slug}`}>{next.id} {next.title} →</Link> : <Link href="/">Back to the track</Link>}
      </nav>
    </article>
  );
}
