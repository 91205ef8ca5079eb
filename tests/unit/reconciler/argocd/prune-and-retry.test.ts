import { expect, test } from "vitest";
import { deleteFile, commit } from "@/lib/git";
import { getObject } from "@/lib/kube/get-object";
import { refreshApplication, syncApplication } from "@/lib/reconciler/argocd/app-commands";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { applicationYaml, configMapYaml, deploymentYaml } from "./fixtures";
import { appStatus, setUp } from "./world-harness";

const configMapKey = (name: string) => ({ group: "", kind: "ConfigMap", namespace: "shop", name });

test("a file removed from Git leaves its object live and the app OutOfSync until a sync with prune", async () => {
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(1), "apps/web/old.yaml": configMapYaml("old") }, applicationYaml({ automated: "{}" }));
  await sim.advance(10_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "Synced" });
  await deleteFile(sim.repo, { path: "apps/web/old.yaml" });
  await commit(sim.repo, { message: "Remove old config", all: true });
  sim.world = (refreshApplication(sim.world, "web") as { world: typeof sim.world }).world;
  await sim.advance(10_000);
  // Automated sync without prune: the new commit is synced, the orphan stays.
  const status = sim.world.clusters[HUB_CLUSTER].objects["argoproj.io/Application/argocd/web"].status as { resources: { kind: string; name: string; requiresPruning?: boolean }[] };
  expect(appStatus(sim.world, "web").sync).toBe("OutOfSync");
  expect(status.resources.filter((resource) => resource.requiresPruning).map((resource) => `${resource.kind}/${resource.name}`)).toEqual(["ConfigMap/old"]);
  expect(getObject(sim.world.clusters[HUB_CLUSTER], configMapKey("old"))).toBeDefined();

  const pruned = syncApplication(sim.world, "web", { prune: true });
  sim.world = (pruned as { world: typeof sim.world }).world;
  await sim.advance(2_000);
  expect(getObject(sim.world.clusters[HUB_CLUSTER], configMapKey("old"))).toBeUndefined();
  expect(appStatus(sim.world, "web").sync).toBe("Synced");
  expect(sim.world.events.some((event) => event.reason === "ResourcePruned" && event.object === "ConfigMap/shop/old")).toBe(true);
});

test("Prune=false keeps an object even when syncing with prune; the app stays OutOfSync", async () => {
  const keep = "    argocd.argoproj.io/sync-options: Prune=false\n";
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(1), "apps/web/keep.yaml": configMapYaml("keep", keep) }, applicationYaml({ automated: "{ prune: true }" }));
  await sim.advance(10_000);
  await deleteFile(sim.repo, { path: "apps/web/keep.yaml" });
  await commit(sim.repo, { message: "Drop keep.yaml", all: true });
  sim.world = (refreshApplication(sim.world, "web") as { world: typeof sim.world }).world;
  await sim.advance(10_000);
  expect(getObject(sim.world.clusters[HUB_CLUSTER], configMapKey("keep"))).toBeDefined();
  expect(appStatus(sim.world, "web").sync).toBe("OutOfSync");
});

test("a failed automated sync is not retried until the next commit", async () => {
  // An invalid Deployment (replicas must be an integer) fails to apply.
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(1).replace("replicas: 1", 'replicas: "many"') }, applicationYaml({ automated: "{ selfHeal: true }" }));
  await sim.advance(30_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "OutOfSync", operation: "Failed" });
  const attempts = () => sim.world.events.filter((event) => event.reason === "OperationStarted").length;
  expect(attempts()).toBe(1);
  await sim.advance(300_000);
  expect(attempts()).toBe(1);
  await sim.commitFile("apps/web/deployment.yaml", deploymentYaml(1), "Fix replicas");
  sim.world = (refreshApplication(sim.world, "web") as { world: typeof sim.world }).world;
  await sim.advance(15_000);
  expect(attempts()).toBe(2);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "Synced", operation: "Succeeded", health: "Healthy" });
});
