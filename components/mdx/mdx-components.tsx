import type { MDXComponents } from "mdx/types";
import { Callout, DidYouKnow, WarStory } from "./callout";
import { Exercise } from "./exercise-placeholder";
import { headingWithAnchor } from "./heading";

/**
 * The registry of components a lesson may use (content/AUTHORING.md). Quiz and Diagram need
 * the lesson's own data, so the page binds them (see LessonBody).
 */
export const mdxComponents: MDXComponents = {
  // Wide code and tables scroll sideways: keyboard users must be able to reach them (focusable).
  pre: (props) => <pre tabIndex={0} {...props} />,
  table: (props) => (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  ),
  h2: headingWithAnchor("h2"),
  h3: headingWithAnchor("h3"),
  Callout,
  DidYouKnow,
  WarStory,
  Exercise,
};
