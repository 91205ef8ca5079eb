import Link from "next/link";
import { ModuleCard } from "@/components/track/module-card";
import { TrackOverview } from "@/components/track/track-overview";
import { compileMdx } from "@/lib/content/compile-lesson.server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { loadTrackIndex } from "@/lib/content/track-index.server";
import { prisma } from "@/lib/db/prisma.server";
import { readChecklistProgress } from "@/lib/progress/record-checklist-ticks";

export default async function HomePage() {
  const [{ track, lessons, overview }, user] = await Promise.all([loadTrackIndex(), getCurrentUser()]);
  const overviewCode = overview ? await compileMdx(overview.body, overview.file) : null;
  const progress = user ? await readChecklistProgress(prisma, user.id) : null;
  const doneIn = (lesson: (typeof lessons)[number]) => (progress ? lesson.checklist.filter((item) => progress[lesson.id]?.includes(item.id)).length : undefined);
  const totalItems = lessons.reduce((sum, lesson) => sum + lesson.checklist.length, 0);
  const totalDone = lessons.reduce((sum, lesson) => sum + (doneIn(lesson) ?? 0), 0);
  return (
    <>
      <section className="hero" aria-labelledby="track-title">
        <h1 id="track-title">{track.title} track</h1>
        <p>{track.tagline}</p>
        <p>{track.description}</p>
        {progress && (
          <div className="progress-row">
            <progress max={totalItems} value={totalDone} aria-label="Track progress" />
            <span>
              Track progress: {totalDone} of {totalItems} checklist items
            </span>
          </div>
        )}
        <div className="hero-actions">
          <Link className="button primary" href={`/modules/${lessons[0]?.slug ?? ""}`}>
            Start with module {lessons[0]?.id}
          </Link>
          {!user && (
            <Link className="button" href="/sign-up">
              Create an account to save your progress
            </Link>
          )}
        </div>
      </section>
      <section aria-labelledby="modules-title">
        <h2 id="modules-title">
          Modules <span className="badge">{lessons.length} modules · {track.totalTime}</span>
        </h2>
        <ol className="module-list" aria-label="Modules of the track">
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <ModuleCard lesson={lesson} done={doneIn(lesson)} />
            </li>
          ))}
        </ol>
      </section>
      {overviewCode && (
        <section className="track-overview lesson" aria-label="About the track">
          <TrackOverview code={overviewCode} lessons={lessons} progress={progress} />
        </section>
      )}
    </>
  );
}
