"use client";
// Panel sizes and which panels are collapsed, remembered per browser so the workbench opens the
// way the learner left it.
import { useCallback, useEffect, useState } from "react";
import { z } from "zod";

const layoutSchema = z.object({
  /** Width of the left column (files + git), percent of the workbench. */
  left: z.number().min(10).max(50),
  /** Width of the right column (cluster), percent. */
  right: z.number().min(15).max(60),
  /** Height of the files panel inside the left column, percent. */
  files: z.number().min(15).max(85),
  /** Height of the bottom panel (terminal, timeline, problems), percent of the centre. */
  bottom: z.number().min(15).max(80),
  collapsed: z.object({ files: z.boolean(), git: z.boolean(), cluster: z.boolean(), bottom: z.boolean(), editor: z.boolean() }),
});

export type PanelLayout = z.infer<typeof layoutSchema>;
export type CollapsiblePanel = keyof PanelLayout["collapsed"];

export const DEFAULT_LAYOUT: PanelLayout = {
  left: 22,
  right: 34,
  files: 45,
  bottom: 38,
  collapsed: { files: false, git: false, cluster: false, bottom: false, editor: false },
};

const STORAGE_KEY = "reconcile.sandbox.layout";

export function usePanelLayout() {
  const [layout, setLayout] = useState<PanelLayout>(DEFAULT_LAYOUT);

  useEffect(() => {
    try {
      const saved = layoutSchema.safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null"));
      // Reading browser storage has to wait until after hydration; one re-render is the cost.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (saved.success) setLayout(saved.data);
    } catch {
      // Storage blocked or damaged: the default layout is fine.
    }
  }, []);

  const update = useCallback((change: (current: PanelLayout) => PanelLayout) => {
    setLayout((current) => {
      const next = change(current);
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Not remembered; still applied.
      }
      return next;
    });
  }, []);

  const resize = useCallback((key: "left" | "right" | "files" | "bottom", value: number) => update((current) => ({ ...current, [key]: value })), [update]);
  const toggle = useCallback(
    (panel: CollapsiblePanel) => update((current) => ({ ...current, collapsed: { ...current.collapsed, [panel]: !current.collapsed[panel] } })),
    [update],
  );
  return { layout, resize, toggle };
}
