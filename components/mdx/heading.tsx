import type { ReactNode } from "react";

/** Lesson headings carry a stable id (from their text) and a visible link to themselves. */
export function headingWithAnchor(Tag: "h2" | "h3") {
  return function Heading({ id, children }: { id?: string; children?: ReactNode }) {
    return (
      <Tag id={id} className="anchored">
        {children}
        {id && (
          <a className="anchor-link" href={`#${id}`} aria-label="Link to this section">
            #
          </a>
        )}
      </Tag>
    );
  };
}
