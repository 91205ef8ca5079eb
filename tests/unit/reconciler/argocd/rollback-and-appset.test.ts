import { expect, test } from "vitest";
import { refreshApplication, syncApplication } from "@/lib/reconciler/argocd/app-commands";
import { rollbackApplication } from "@/lib/reconciler/argocd/rollback-application";
import { listObjects } from "@/lib/kube/list-objects";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { deleteObject } from "@/lib/kube/delete-object";
import { applicationYaml, deploymentYaml } from "./fixtures";
import { appStatus, setUp } from "./world-harness";

const image = (world: WorldState) =>
  (world.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"].spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0].image;

test("rollback syncs an earlier revision from history, leaving the app OutOfSync; refused while automated", async () => {
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(1) }, applicationYaml());
  await sim.advance(1_000);
  sim.world = (syncApplication(sim.world, "web", { prune: false }) as { world: WorldState }).world;
  await sim.advance(5_000);
  await sim.commitFile("apps/web/deployment.yaml", deploymentYaml(1, "nginx:1.28"), "Upgrade");
  sim.world = (refreshApplication(sim.world, "web") as { world: WorldState }).world;
  await sim.advance(1_000);
  sim.world = (syncApplication(sim.world, "web", { prune: false }) as { world: WorldState }).world;
  await sim.advance(5_000);
  expect(image(sim.world)).toBe("nginx:1.28");
  expect(sim.world.argo.web.history.map((entry) => entry.id)).toEqual([0, 1]);

  const rolledBack = await rollbackApplication(sim.world, "web", 0, sim.git);
  expect(rolledBack.ok).toBe(true);
  sim.world = rolledBack.world;
  await sim.advance(5_000);
  expect(image(sim.world)).toBe("nginx:1.27");
  expect(appStatus(sim.world, "web").sync).toBe("OutOfSync");
  expect(await rollbackApplication(sim.world, "web", 7, sim.git)).toMatchObject({ ok: false, message: "application 'web' does not have history id 7" });
});

test("rollback is refused while automated sync is on", async () => {
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(1) }, applicationYaml({ automated: "{}" }));
  await sim.advance(5_000);
  expect(await rollbackApplication(sim.world, "web", 0, sim.git)).toMatchObject({ ok: false, message: "rollback cannot be initiated when auto-sync is enabled" });
});

const applicationSet = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: envs
  namespace: argocd
spec:
  generators:
    - git:
        repoURL: https://git.example/shop.git
        revision: main
        directories:
          - path: envs/*
  template:
    metadata:
      name: "web-{{path.basename}}"
    spec:
      project: default
      source: { repoURL: "https://git.example/shop.git", path: "{{path}}", targetRevision: main }
      destination: { server: "https://kubernetes.default.svc", namespace: "{{path.basename}}" }
      syncPolicy: { automated: {} }
`;

test("an ApplicationSet generates one Application per directory, deploys them, and removes one whose directory goes", async () => {
  const files = { "envs/dev/deployment.yaml": deploymentYaml(1), "envs/prod/deployment.yaml": deploymentYaml(2) };
  const sim = await setUp(files, applicationSet);
  await sim.advance(15_000);
  const apps = () => listObjects(sim.world.clusters[HUB_CLUSTER], { kind: "Application", namespace: "argocd" }).map((app) => app.metadata.name);
  expect(apps()).toEqual(["web-dev", "web-prod"]);
  expect(appStatus(sim.world, "web-prod")).toMatchObject({ sync: "Synced", health: "Healthy" });
  expect(sim.world.clusters[HUB_CLUSTER].objects["apps/Deployment/prod/web"]).toBeDefined();

  const { deleteFile, commit } = await import("@/lib/git");
  await deleteFile(sim.repo, { path: "envs/dev/deployment.yaml" });
  await commit(sim.repo, { message: "Drop dev", all: true });
  await sim.advance(1_000);
  expect(apps()).toEqual(["web-prod"]);
});

test("deleting the ApplicationSet deletes its Applications (owner references)", async () => {
  const sim = await setUp({ "envs/dev/deployment.yaml": deploymentYaml(1) }, applicationSet);
  await sim.advance(2_000);
  const deleted = deleteObject(sim.world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "ApplicationSet", namespace: "argocd", name: "envs" }, { fieldManager: "kubectl" });
  expect(deleted.ok).toBe(true);
  if (deleted.ok) sim.world = { ...sim.world, clusters: { ...sim.world.clusters, [HUB_CLUSTER]: deleted.state } };
  expect(listObjects(sim.world.clusters[HUB_CLUSTER], { kind: "Application", namespace: "argocd" })).toEqual([]);
});
