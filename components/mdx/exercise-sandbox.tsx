"use client";
// The "open the sandbox here" button of an exercise card. Nothing of the sandbox is downloaded
// until it is pressed; then the workbench loads inline, below the card's text.
import { useState } from "react";
import { SandboxLoader } from "@/components/sandbox/sandbox-loader";

export function ExerciseSandbox({ scenario, title }: { scenario: string; title: string }) {
  const [open, setOpen] = useState(false);
  if (open) return <SandboxLoader scenario={scenario} embedded />;
  return (
    <p className="exercise-actions">
      <button type="button" className="button primary" onClick={() => setOpen(true)} aria-label={`Open the sandbox here: ${title}`}>
        Open the sandbox here
      </button>
      <a href={`/sandbox/${scenario}`}>Open full screen</a>
    </p>
  );
}
