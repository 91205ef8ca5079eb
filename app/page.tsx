import Link from "next/link";
import { ModuleCard } from "@/components/track/module-card";
import { getCurrentUser } from "@/lib/auth/session.server";
import { loadTrackIndex } from "@/lib/content/track-index.server";

export default async function HomePage() {
  const [{ track, lessons }, user] = await Promise.all([loadTrackIndex(), getCurrentUser()]);
  return (
    <>
      <section className="hero" aria-labelledby="track-title">
        <h1 id="track-title">{track.title} track</h1>
        <p>{track.tagline}</p>
        <p>{track.description}</p>
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
              <ModuleCard lesson={lesson} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
