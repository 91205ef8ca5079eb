import type { ComponentType } from "react";
import { diagrams as module31 } from "./diagrams/module-3-1";
import { diagrams as module32 } from "./diagrams/module-3-2";
import { diagrams as module33 } from "./diagrams/module-3-3";
import { diagrams as module34 } from "./diagrams/module-3-4";
import { diagrams as module35 } from "./diagrams/module-3-5";
import { diagrams as module36 } from "./diagrams/module-3-6";

/** Each module's diagrams by export name (content/AUTHORING.md). */
export const DIAGRAMS_BY_MODULE: Record<string, Record<string, ComponentType>> = {
  "3.1": module31,
  "3.2": module32,
  "3.3": module33,
  "3.4": module34,
  "3.5": module35,
  "3.6": module36,
};

/** `<Diagram name="…" />` in a lesson, bound to the lesson's module by the page. */
export function diagramFor(moduleId: string) {
  return function Diagram({ name }: { name: string }) {
    const Component = DIAGRAMS_BY_MODULE[moduleId]?.[name];
    if (!Component) throw new Error(`Module ${moduleId} has no diagram named ${name}`);
    return <Component />;
  };
}
