import { useId, type ReactNode } from "react";

/**
 * The accessible frame of a lesson diagram: a figure whose SVG is named by `title` and
 * described by `description` for screen readers; colours come from the theme (globals.css).
 */
export function DiagramFrame({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const id = useId();
  return (
    <figure className="diagram" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <div className="diagram-canvas">{children}</div>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <p id={`${id}-desc`} className="visually-hidden">
        {description}
      </p>
    </figure>
  );
}
