import { expect, test } from "vitest";
import { SCENARIOS } from "@/lib/sandbox/scenarios";
import { sandboxViewSchema } from "@/lib/sandbox/view-schema";
import { applicationViews, clusterViews, eventViews, fluxView, nextReconcileAt } from "@/lib/sandbox/view";
import type { WorldState } from "@/lib/reconciler/world/world-state";
import { bootScenario } from "../scenarios/boot-scenario";

function viewParts(world: WorldState) {
  return { nextReconcileAt: nextReconcileAt(world), clusters: clusterViews(world), applications: applicationViews(world), flux: fluxView(world), events: eventViews(world) };
}

for (const scenario of SCENARIOS) {
  test(`${scenario.id}: the view parts validate against the schema and are byte-identical across two boots`, async () => {
    const first = viewParts((await bootScenario(scenario)).world);
    const second = viewParts((await bootScenario(scenario)).world);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const schema = sandboxViewSchema.pick({ nextReconcileAt: true, clusters: true, applications: true, flux: true, events: true });
    expect(schema.parse(first)).toEqual(first);
  });
}
