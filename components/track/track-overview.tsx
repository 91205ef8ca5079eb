import { getMDXComponent } from "mdx-bundler/client";
import { diagramFor } from "@/components/mdx/diagram";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { ChecklistPanel } from "@/components/progress/checklist-panel";
import type { LessonEntry } from "@/lib/content/track-index.server";
import { LearningPath } from "./learning-path";
import { ModulesTable } from "./modules-table";

interface TrackOverviewProps {
  code: string;
  lessons: LessonEntry[];
}

/** content/gitops/track.mdx with its data-driven blocks bound to the track and the learner. */
export function TrackOverview({ code, lessons }: TrackOverviewProps) {
  const Component = getMDXComponent(code);
  const components = {
    ...mdxComponents,
    // The reconciliation loop is drawn once, in module 3.1.
    Diagram: diagramFor("3.1"),
    ModulesTable: function TrackModules() {
      return <ModulesTable lessons={lessons} />;
    },
    LearningPath: function TrackPath() {
      return <LearningPath lessons={lessons} />;
    },
    TrackChecklist: function TrackChecklist() {
      return (
        <div className="track-checklist">
          {lessons.map((lesson) => (
            <ChecklistPanel key={lesson.id} moduleId={lesson.id} items={lesson.checklist} />
          ))}
        </div>
      );
    },
  };
  // Rendered once per request on the server (see LessonBody).
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={components} />;
}
