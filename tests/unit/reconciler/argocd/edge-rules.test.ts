import { expect, test } from "vitest";
import { parse } from "yaml";
import { deleteFile, commit } from "@/lib/git";
import { syncApplication, refreshApplication } from "@/lib/reconciler/argocd/app-commands";
import { applyToCluster } from "@/lib/reconciler/world/apply-to-cluster";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { applicationYaml, configMapYaml, deploymentYaml } from "./fixtures";
import { appStatus, setUp } from "./world-harness";

const conditionsOf = (world: WorldState, name: string) =>
  ((world.clusters[HUB_CLUSTER].objects[`argoproj.io/Application/argocd/${name}`].status ?? {}) as { conditions?: { type: string; message: string }[] }).conditions ?? [];

test("allowEmpty: automated prune refuses to delete every resource unless allowed", async () => {
  for (const allowEmpty of [false, true]) {
    const sim = await setUp({ "apps/web/only.yaml": configMapYaml("only"), "apps/web/.keep": "" }, applicationYaml({ automated: `{ prune: true, allowEmpty: ${allowEmpty} }` }));
    await sim.advance(5_000);
    await deleteFile(sim.repo, { path: "apps/web/only.yaml" });
    await commit(sim.repo, { message: "Empty the app", all: true });
    sim.world = (refreshApplication(sim.world, "web") as { world: WorldState }).world;
    await sim.advance(5_000);
    const live = sim.world.clusters[HUB_CLUSTER].objects["/ConfigMap/shop/only"];
    if (allowEmpty) expect(live).toBeUndefined();
    else {
      expect(live).toBeDefined();
      expect(conditionsOf(sim.world, "web")).toEqual([expect.objectContaining({ type: "SyncError", message: "auto-sync will wipe out all resources" })]);
    }
  }
});

test("an AppProject that does not list the source repository refuses the app", async () => {
  const project = `apiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata: { name: team-shop, namespace: argocd }\nspec:\n  sourceRepos: ["https://git.example/platform.git"]\n  destinations: [{ server: "*", namespace: "*" }]\n`;
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(1) }, applicationYaml({ project: "team-shop", automated: "{}" }));
  sim.world = (applyToCluster(sim.world, HUB_CLUSTER, [parse(project)], "kubectl") as { world: WorldState }).world;
  await sim.advance(5_000);
  expect(conditionsOf(sim.world, "web")).toEqual([
    expect.objectContaining({ type: "InvalidSpecError", message: "application repo https://git.example/shop.git is not permitted in project 'team-shop'" }),
  ]);
  expect(sim.world.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"]).toBeUndefined();
});

test("an unknown kind fails the sync with the API server's message", async () => {
  const widget = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n";
  const sim = await setUp({ "apps/web/widget.yaml": widget }, applicationYaml());
  await sim.advance(1_000);
  sim.world = (syncApplication(sim.world, "web", { prune: false }) as { world: WorldState }).world;
  await sim.advance(2_000);
  expect(appStatus(sim.world, "web").operation).toBe("Failed");
  const failure = sim.world.events.find((event) => event.reason === "SyncFailed");
  expect(failure?.message).toMatch(/Widget/);
});

test("a broken source makes the app Unknown with a ComparisonError naming the file and line", async () => {
  const sim = await setUp({ "apps/web/deployment.yaml": "kind: [unclosed\n" }, applicationYaml({ automated: "{}" }));
  await sim.advance(2_000);
  expect(appStatus(sim.world, "web").sync).toBe("Unknown");
  expect(conditionsOf(sim.world, "web")[0]).toMatchObject({ type: "ComparisonError", message: expect.stringMatching(/apps\/web\/deployment\.yaml:\d+:\d+/) });
});
