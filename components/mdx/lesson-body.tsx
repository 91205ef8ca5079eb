import { getMDXComponent } from "mdx-bundler/client";
import type { QuizQuestion } from "@/lib/content/quiz-schema";
import { diagramFor } from "./diagram";
import { mdxComponents } from "./mdx-components";
import { Quiz } from "./quiz/quiz";

interface LessonBodyProps {
  code: string;
  moduleId: string;
  quiz: QuizQuestion[];
}

/** Renders compiled lesson code with the registry, Quiz and Diagram bound to this lesson. */
export function LessonBody({ code, moduleId, quiz }: LessonBodyProps) {
  const Component = getMDXComponent(code);
  const components = {
    ...mdxComponents,
    Diagram: diagramFor(moduleId),
    Quiz: function LessonQuiz() {
      return <Quiz moduleId={moduleId} questions={quiz} />;
    },
  };
  // A server component renders once per request, so no state can be reset by re-creating the
  // lesson component; the compiled code itself is cached by content hash.
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={components} />;
}
