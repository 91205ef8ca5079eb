import Link from "next/link";
import { SignUpInvitation, TrackProgressBar } from "@/components/progress/progress-bars";
import { ModuleCard } from "@/components/track/module-card";
import { TrackOverview } from "@/components/track/track-overview";
import { compileMdx } from "@/lib/content/compile-lesson.server";
import { loadTrackIndex } from "@/lib/content/track-index.server";

// The track page is the same for every reader (static); progress is filled in by the browser.
export default async function HomePage() {
  const { track, lessons, overview } = await loadTrackIndex();
  const overviewCode = overview ? await compileMdx(overview.body, overview.file) : null;
  return (
    <>
      <section className="hero" aria-labelledby="track-title">
        <h1 id="track-title">{track.title} track</h1>
        <p>{track.tagline}</p>
        <p>{track.description}</p>
        <TrackProgressBar modules={lessons.map((lesson) => ({ id: lesson.id, items: lesson.checklist.map((item) => item.id) }))} />
        <div className="hero-actions">
          <Link className="button primary" href={`/modules/${lessons[0]?.slug ?? ""}`}>
            Start with module {lessons[0]?.id}
          </Link>
          <SignUpInvitation>
            <Link className="button" href="/sign-up">
              Create an account to save your progress
            </Link>
          </SignUpInvitation>
        </div>
      </section>
      <section aria-labelledby="modules-title">
        <h2 id="modules-title">
          Modules <span className="badge">{lessons.length} modules · {track.totalTime}</span>
        </h2>
        <ol className="module-list" aria-label="Modules of the track">
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <ModuleCard lesson={lesson} />
            </li>
          ))}
        </ol>
      </section>
      {overviewCode && (
        <section className="track-overview lesson" aria-label="About the track">
          <TrackOverview code={overviewCode} lessons={lessons} />
        </section>
      )}
    </>
  );
}
