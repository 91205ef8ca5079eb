import { expect, test } from "vitest";
import { getObject } from "@/lib/kube/get-object";
import { refreshApplication, syncApplication } from "@/lib/reconciler/argocd/app-commands";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { applicationYaml, deploymentYaml } from "./fixtures";
import { appStatus, pods, setUp } from "./world-harness";

test("manual sync: OutOfSync/Missing → sync → Synced and Healthy; a new commit waits for a refresh", async () => {
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(2) }, applicationYaml());
  await sim.advance(1_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "OutOfSync", health: "Missing" });

  const synced = syncApplication(sim.world, "web", { prune: false });
  expect(synced.ok).toBe(true);
  sim.world = synced.world;
  await sim.advance(1_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "Synced", operation: "Succeeded" });
  expect(getObject(sim.world.clusters[HUB_CLUSTER], { group: "apps", kind: "Deployment", namespace: "shop", name: "web" })).toBeDefined();
  await sim.advance(10_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "Synced", health: "Healthy" });
  expect(pods(sim.world, "shop")).toHaveLength(2);

  // Git changes are not seen until the next refresh (here: the Refresh button).
  const second = await sim.commitFile("apps/web/deployment.yaml", deploymentYaml(3), "Scale to 3");
  await sim.advance(1_000);
  expect(appStatus(sim.world, "web").sync).toBe("Synced");
  sim.world = refreshApplication(sim.world, "web").world as typeof sim.world;
  await sim.advance(1_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "OutOfSync", revision: second });
  sim.world = (syncApplication(sim.world, "web", { prune: false }) as { world: typeof sim.world }).world;
  await sim.advance(10_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "Synced", health: "Healthy" });
  expect(pods(sim.world, "shop")).toHaveLength(3);
});
