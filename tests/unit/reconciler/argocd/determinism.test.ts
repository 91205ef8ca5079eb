import { expect, test } from "vitest";
import { patchLive } from "@/lib/reconciler/world/patch-live";
import { snapshotWorld } from "@/lib/reconciler/world/snapshot-world";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { applicationYaml, deploymentYaml, scaleTo, serviceYaml, WEB_DEPLOYMENT } from "./fixtures";
import { setUp } from "./world-harness";

async function run() {
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(3), "apps/web/service.yaml": serviceYaml }, applicationYaml({ automated: "{ selfHeal: true }" }));
  await sim.advance(20_000);
  sim.world = (patchLive(sim.world, HUB_CLUSTER, WEB_DEPLOYMENT, scaleTo(6), "kubectl-scale") as { world: typeof sim.world }).world;
  await sim.commitFile("apps/web/deployment.yaml", deploymentYaml(4, "nginx:1.28"), "Upgrade");
  await sim.advance(240_000);
  return { world: JSON.stringify(sim.world), snapshot: JSON.stringify(await snapshotWorld(sim.world, { "https://git.example/shop.git": sim.repo })) };
}

test("the same seed and the same commands give a byte-identical world", async () => {
  const first = await run();
  const second = await run();
  expect(second.world).toBe(first.world);
  expect(second.snapshot).toBe(first.snapshot);
  // …and the run did something worth comparing: the periodic refresh picked up the commit.
  expect(first.snapshot).toContain("nginx:1.28");
  expect(first.snapshot).toContain('"message":"Upgrade');
});
