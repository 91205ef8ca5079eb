import { expect, test } from "vitest";
import { parse } from "yaml";
import { syncApplication } from "@/lib/reconciler/argocd/app-commands";
import { advanceWorld } from "@/lib/reconciler/world/advance-world";
import { applyToCluster } from "@/lib/reconciler/world/apply-to-cluster";
import { createWorld, HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { gitopsCrds } from "@/lib/kube";
import { createRepository } from "@/lib/git";
import { repositoryGitSource } from "@/lib/reconciler/source/repository-git-source";
import { applicationYaml, deploymentYaml } from "./fixtures";
import { appStatus, memoryRepository, REPO_URL, setUp } from "./world-harness";

const project = `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: team-shop
  namespace: argocd
spec:
  sourceRepos: ["https://git.example/*"]
  destinations:
    - server: https://kubernetes.default.svc
      namespace: shop-*
`;

test("an AppProject that does not allow the destination makes the app Unknown with InvalidSpecError, and nothing is deployed", async () => {
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(1) }, applicationYaml({ project: "team-shop", automated: "{}" }));
  sim.world = (applyToCluster(sim.world, HUB_CLUSTER, [parse(project)], "kubectl") as { world: typeof sim.world }).world;
  await sim.advance(10_000);
  const status = sim.world.clusters[HUB_CLUSTER].objects["argoproj.io/Application/argocd/web"].status as { conditions: { type: string; message: string }[] };
  expect(appStatus(sim.world, "web").sync).toBe("Unknown");
  expect(status.conditions).toEqual([
    expect.objectContaining({
      type: "InvalidSpecError",
      message: "application destination server 'https://kubernetes.default.svc' and namespace 'shop' do not match any of the allowed destinations in project 'team-shop'",
    }),
  ]);
  expect(sim.world.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"]).toBeUndefined();
});

test("an app deploys to a second cluster registered by a cluster Secret", async () => {
  const repo = memoryRepository();
  await createRepository(repo, { files: { "apps/web/deployment.yaml": deploymentYaml(1) } });
  const git = repositoryGitSource({ [REPO_URL]: repo });
  let world = createWorld({ seed: "two-clusters", clusters: { "prod-eu": {} } });
  const secret = {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: "prod-eu", namespace: "argocd", labels: { "argocd.argoproj.io/secret-type": "cluster" } },
    stringData: { name: "prod-eu", server: "https://prod-eu.example:6443" },
  };
  const bootstrap = applyToCluster(world, HUB_CLUSTER, [...gitopsCrds(), secret, parse(applicationYaml({ server: "https://prod-eu.example:6443", automated: "{}" }))], "kubectl");
  world = (bootstrap as { world: typeof world }).world;
  world = await advanceWorld(world, 15_000, git);
  expect(appStatus(world, "web")).toMatchObject({ sync: "Synced", health: "Healthy" });
  expect(world.clusters["prod-eu"].objects["apps/Deployment/shop/web"]).toBeDefined();
  expect(world.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"]).toBeUndefined();
});

test("an unknown destination is reported, and a manual sync is refused with the reason", async () => {
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(1) }, applicationYaml({ server: "https://nowhere.example" }));
  await sim.advance(1_000);
  expect(appStatus(sim.world, "web").sync).toBe("Unknown");
  expect(syncApplication(sim.world, "web", { prune: false })).toMatchObject({ ok: false, message: "cluster 'https://nowhere.example' has not been configured" });
});
