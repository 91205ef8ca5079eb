import { expect, test } from "vitest";
import { patchLive } from "@/lib/reconciler/world/patch-live";
import { refreshApplication } from "@/lib/reconciler/argocd/app-commands";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { applicationYaml, deploymentYaml, scaleTo, WEB_DEPLOYMENT } from "./fixtures";
import { appStatus, setUp } from "./world-harness";

const IGNORE_REPLICAS = `  ignoreDifferences:\n    - group: apps\n      kind: Deployment\n      jsonPointers: ["/spec/replicas"]\n`;

const live = (world: WorldState) => world.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"].spec as { replicas: number; template: { spec: { containers: { image: string }[] } } };

async function scenario(syncOptions: string) {
  const automated = `{ selfHeal: true }\n    syncOptions: [${syncOptions}]`;
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(2) }, applicationYaml({ automated, extraSpec: IGNORE_REPLICAS }));
  await sim.advance(15_000);
  // An autoscaler-like change of an ignored field: not drift, so no self-heal.
  sim.world = (patchLive(sim.world, HUB_CLUSTER, WEB_DEPLOYMENT, scaleTo(6), "hpa-controller") as { world: WorldState }).world;
  await sim.advance(15_000);
  expect(appStatus(sim.world, "web").sync).toBe("Synced");
  expect(live(sim.world).replicas).toBe(6);
  // A new commit changes the image; its sync either keeps or resets the ignored field.
  await sim.commitFile("apps/web/deployment.yaml", deploymentYaml(2, "nginx:1.28"), "Upgrade");
  sim.world = (refreshApplication(sim.world, "web") as { world: WorldState }).world;
  await sim.advance(15_000);
  expect(live(sim.world).template.spec.containers[0].image).toBe("nginx:1.28");
  return live(sim.world).replicas;
}

test("ignoreDifferences hides a field from the diff, but a sync still applies Git's value", async () => {
  expect(await scenario("")).toBe(2);
});

test("with RespectIgnoreDifferences=true the sync leaves the ignored field as it is live", async () => {
  expect(await scenario("RespectIgnoreDifferences=true")).toBe(6);
});
