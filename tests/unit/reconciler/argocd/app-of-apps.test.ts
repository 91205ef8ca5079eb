import { expect, test } from "vitest";
import { applicationYaml, deploymentYaml } from "./fixtures";
import { appStatus, setUp } from "./world-harness";

test("app-of-apps: the parent deploys child Applications; the parent is Synced while a child is still OutOfSync", async () => {
  const child = applicationYaml({ name: "web", path: "apps/web" }); // manual sync: stays OutOfSync
  const files = { "apps/web/deployment.yaml": deploymentYaml(1), "bootstrap/web-app.yaml": child };
  const parent = applicationYaml({ name: "root", path: "bootstrap", automated: "{}" }).replace("namespace: shop", "namespace: argocd");
  const sim = await setUp(files, parent);
  await sim.advance(5_000);
  expect(appStatus(sim.world, "root")).toMatchObject({ sync: "Synced" });
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "OutOfSync", health: "Missing" });
});
