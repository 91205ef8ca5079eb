// Small line icons drawn in currentColor. They always sit beside words that say the same thing,
// so they are hidden from assistive technology.
import type { ReactNode } from "react";

function Icon({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg className={`sbx-git-icon${className ? ` ${className}` : ""}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const line = { fill: "none", stroke: "currentColor", strokeWidth: 1.6, strokeLinecap: "round", strokeLinejoin: "round" } as const;

export function BranchIcon() {
  return (
    <Icon>
      <circle cx="4.5" cy="3.5" r="1.8" {...line} />
      <circle cx="4.5" cy="12.5" r="1.8" {...line} />
      <circle cx="11.5" cy="5" r="1.8" {...line} />
      <path d="M4.5 5.3v5.4M11.5 6.8c0 2.6-2.5 3.2-5.6 4.3" {...line} />
    </Icon>
  );
}

export function TagIcon() {
  return (
    <Icon>
      <path d="M2.5 2.5h5l6 6-5 5-6-6z" {...line} />
      <circle cx="5.5" cy="5.5" r="1" fill="currentColor" />
    </Icon>
  );
}

export function OpenIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="5.5" {...line} />
      <circle cx="8" cy="8" r="1.6" fill="currentColor" />
    </Icon>
  );
}

export function MergedIcon() {
  return (
    <Icon>
      <circle cx="4.5" cy="3.5" r="1.8" {...line} />
      <circle cx="4.5" cy="12.5" r="1.8" {...line} />
      <circle cx="11.5" cy="10" r="1.8" {...line} />
      <path d="M4.5 5.3v5.4M4.5 5.5c0 3 3 4.5 5.2 4.5" {...line} />
    </Icon>
  );
}

export function ClosedIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="5.5" {...line} />
      <path d="M6 6l4 4M10 6l-4 4" {...line} />
    </Icon>
  );
}

export function WarningIcon() {
  return (
    <Icon>
      <path d="M8 2 14.5 13.5h-13z" {...line} />
      <path d="M8 6.5v3.2" {...line} />
      <circle cx="8" cy="11.6" r="0.9" fill="currentColor" />
    </Icon>
  );
}

export function CheckIcon() {
  return (
    <Icon>
      <path d="M3 8.5 6.5 12 13 4.5" {...line} />
    </Icon>
  );
}

export function ErrorIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="5.5" {...line} />
      <path d="M8 5v3.5" {...line} />
      <circle cx="8" cy="11" r="0.9" fill="currentColor" />
    </Icon>
  );
}
