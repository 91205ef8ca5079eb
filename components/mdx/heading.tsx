import type { ReactNode } from "react";

/**
 * Lesson headings carry a stable id (from their text) and link to themselves: the text is the
 * link, so the heading's accessible name stays its text (no "#" or "Link to this section").
 */
export function headingWithAnchor(Tag: "h2" | "h3") {
  return function Heading({ id, children }: { id?: string; children?: ReactNode }) {
    return (
      <Tag id={id} className="anchored">
        {id ? (
          <a className="heading-link" href={`#${id}`}>
            {children}
          </a>
        ) : (
          children
        )}
      </Tag>
    );
  };
}
