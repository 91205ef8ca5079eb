import type { ReactNode } from "react";

const LABELS = { note: "Note", tip: "Tip", warning: "Warning" } as const;
const ICONS = { note: "ℹ", tip: "💡", warning: "⚠" } as const;

/** A highlighted aside; its kind is written out, not only shown by colour. */
export function Callout({ type = "note", title, children }: { type?: keyof typeof LABELS; title?: string; children: ReactNode }) {
  const kind = LABELS[type] ? type : "note";
  return (
    <aside className={`callout callout-${kind}`} aria-label={title ? `${LABELS[kind]}: ${title}` : LABELS[kind]}>
      <p className="callout-title">
        <span aria-hidden="true">{ICONS[kind]}</span> {LABELS[kind]}
        {title ? `: ${title}` : ""}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}

export function DidYouKnow({ children }: { children: ReactNode }) {
  return (
    <aside className="callout callout-tip" aria-label="Did you know?">
      <p className="callout-title">
        <span aria-hidden="true">✦</span> Did you know?
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}

export function WarStory({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className="callout war-story" aria-label={`War story: ${title}`}>
      <p className="callout-title">
        <span aria-hidden="true">⚑</span> War story: {title}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
