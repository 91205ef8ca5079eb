import Link from "next/link";
import type { LessonEntry } from "@/lib/content/track-index.server";
import { AccountMenu } from "./account-menu";
import { BrandMark } from "./brand-mark";
import { MenuDismiss } from "./menu-dismiss";
import { SearchDialog } from "./search-dialog";
import { ThemeToggle } from "./theme-toggle";

interface SiteHeaderProps {
  lessons: Pick<LessonEntry, "id" | "slug" | "title">[];
}

export function SiteHeader({ lessons }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand">
          <BrandMark />
          Reconcile
        </Link>
        <nav className="header-nav" aria-label="Track">
          <Link className="nav-link" href="/">
            GitOps track
          </Link>
          <details className="menu">
            <summary className="nav-link">Modules</summary>
            <div className="menu-panel left">
              <ul>
                {lessons.map((lesson) => (
                  <li key={lesson.id}>
                    <Link href={`/modules/${lesson.slug}`}>
                      <span className="module-number">{lesson.id}</span> {lesson.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          </details>
          <Link className="nav-link" href="/sandbox">
            Sandbox
          </Link>
        </nav>
        <div className="header-actions">
          <SearchDialog />
          <ThemeToggle />
          <AccountMenu />
        </div>
      </div>
      <MenuDismiss />
    </header>
  );
}
