"use client";

import { useEffect, useState } from "react";
import type { LessonHeading } from "@/lib/content/lesson-headings";

/** "On this page": the lesson's sections, the one being read marked (aria-current). */
export function TableOfContents({ headings }: { headings: LessonHeading[] }) {
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    const elements = headings.map((heading) => document.getElementById(heading.id)).filter((element): element is HTMLElement => element !== null);
    // The current section is the last heading that has scrolled above the top fifth of the screen.
    const update = () => {
      const threshold = window.innerHeight * 0.2;
      let active: string | null = elements[0]?.id ?? null;
      for (const element of elements) if (element.getBoundingClientRect().top <= threshold) active = element.id;
      setCurrent(active);
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    return () => window.removeEventListener("scroll", update);
  }, [headings]);

  return (
    <nav className="toc" aria-label="On this page">
      <p className="toc-title">On this page</p>
      <ol>
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? "toc-sub" : undefined}>
            <a href={`#${heading.id}`} aria-current={current === heading.id ? "location" : undefined}>
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
