import { Fragment } from "react";

/** Quiz text is plain text with `inline code`: backtick spans become <code>, nothing else is interpreted. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g);
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 2 ? <code key={index}>{part.slice(1, -1)}</code> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}
