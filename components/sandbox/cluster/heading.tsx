// A heading whose level follows where a section is placed: the same card or details section
// sits under the panel's h2 in one view and under a section's h3 in another.
import type { HTMLAttributes } from "react";

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export function nextLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

export function Heading({ level, ...props }: { level: HeadingLevel } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}
