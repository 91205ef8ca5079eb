import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "./mdx-components";

/** Renders compiled lesson code with the one registry of lesson building blocks. */
export function LessonBody({ code }: { code: string }) {
  const Component = getMDXComponent(code);
  // A server component renders once per request, so no state can be reset by re-creating the
  // lesson component; the compiled code itself is cached by content hash.
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={mdxComponents} />;
}
