"use client";

import { useLearner } from "./learner-context";

/** A module's progress for the signed-in learner (nothing for visitors). */
export function ModuleProgressBar({ moduleId, total }: { moduleId: string; total: number }) {
  const { status, checklist } = useLearner();
  if (status !== "signed-in") return null;
  const done = checklist[moduleId]?.length ?? 0;
  return (
    <div className="progress-row">
      <progress max={total} value={Math.min(done, total)} aria-label={`Module ${moduleId} progress`} />
      <span>
        {Math.min(done, total)} of {total} done
      </span>
    </div>
  );
}

/** The whole track's progress, summed over modules' known checklist items. */
export function TrackProgressBar({ modules }: { modules: { id: string; items: string[] }[] }) {
  const { status, checklist } = useLearner();
  if (status !== "signed-in") return null;
  const total = modules.reduce((sum, module) => sum + module.items.length, 0);
  const done = modules.reduce((sum, module) => sum + module.items.filter((item) => checklist[module.id]?.includes(item)).length, 0);
  return (
    <div className="progress-row">
      <progress max={total} value={done} aria-label="Track progress" />
      <span>
        Track progress: {done} of {total} checklist items
      </span>
    </div>
  );
}

/** "3 of 6" in the modules table, for the signed-in learner. */
export function ModuleProgressCell({ moduleId, items }: { moduleId: string; items: string[] }) {
  const { status, checklist } = useLearner();
  if (status !== "signed-in") return <span className="field-hint">—</span>;
  return (
    <>
      {items.filter((item) => checklist[moduleId]?.includes(item)).length} of {items.length}
    </>
  );
}

/** The sign-up invitation, for visitors only. */
export function SignUpInvitation({ children }: { children: React.ReactNode }) {
  const { status } = useLearner();
  return status === "signed-out" ? <>{children}</> : null;
}
