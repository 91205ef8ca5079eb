import { expect, test } from "vitest";
import type { KubeObject } from "@/lib/kube";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { sandboxViewSchema } from "@/lib/sandbox/view-schema";
import { fluxView } from "@/lib/sandbox/view";
import { bootScenario, finalFiles, SHOP } from "../scenarios/boot-scenario";

const suspend = (object: KubeObject): KubeObject => ({ ...object, spec: { ...object.spec, suspend: true } });

test("flux-single-app: the GitRepository and the Kustomization as `flux get` shows them, with the inventory as a tree", async () => {
  const sim = await bootScenario("flux-single-app");
  const revision = `main@sha1:${await sim.git.resolve(SHOP, "main")}`;
  const view = fluxView(sim.world);
  expect(sandboxViewSchema.shape.flux.parse(view)).toEqual(view);
  expect(view.sources).toEqual([
    {
      name: "shop",
      namespace: "flux-system",
      url: SHOP,
      ref: "branch main",
      interval: "1m",
      suspended: false,
      artifactRevision: revision,
      conditions: [{ type: "Ready", status: "True", reason: "Succeeded", message: `stored artifact for revision '${revision}'` }],
    },
  ]);
  const [kustomization, ...others] = view.kustomizations;
  expect(others).toEqual([]);
  expect({ ...kustomization, resources: [] }).toEqual({
    name: "web",
    namespace: "flux-system",
    path: "./apps/web",
    source: "GitRepository/shop",
    interval: "5m",
    prune: true,
    suspended: false,
    lastAppliedRevision: revision,
    conditions: [{ type: "Ready", status: "True", reason: "ReconciliationSucceeded", message: `Applied revision: ${revision}` }],
    resources: [],
  });
  expect(kustomization.resources.map((node) => [node.id, node.info, node.health?.status, node.sync])).toEqual([
    ["in-cluster//ConfigMap/shop/web-config", "1 key", undefined, undefined],
    ["in-cluster//Service/shop/web", "ClusterIP 10.96.0.2 · 80/TCP", "Healthy", undefined],
    ["in-cluster/apps/Deployment/shop/web", "2/2 ready · nginx:1.27", "Healthy", undefined],
  ]);
  const [replicaSet] = kustomization.resources[2].children;
  expect(replicaSet).toMatchObject({ object: { kind: "ReplicaSet" }, info: "rev 1 · 2 pods" });
  expect(replicaSet.children.map((pod) => pod.info)).toEqual(["Running · ready", "Running · ready"]);
});

test("a suspended Kustomization, a tag ref, and an inventory entry that is not live (missing)", async () => {
  const sim = await bootScenario("flux-single-app");
  sim.patch(HUB_CLUSTER, { group: "kustomize.toolkit.fluxcd.io", kind: "Kustomization", namespace: "flux-system", name: "web" }, suspend, "flux");
  sim.patch(HUB_CLUSTER, { group: "source.toolkit.fluxcd.io", kind: "GitRepository", namespace: "flux-system", name: "shop" }, (object) => ({ ...object, spec: { ...object.spec, ref: { tag: "v1.0.0" } } }), "kubectl-edit");
  const { deleteObject } = await import("@/lib/kube");
  const deleted = deleteObject(sim.world.clusters[HUB_CLUSTER], { group: "", kind: "ConfigMap", namespace: "shop", name: "web-config" }, { fieldManager: "kubectl-delete" });
  if (!deleted.ok) throw new Error("delete failed");
  sim.world = { ...sim.world, clusters: { ...sim.world.clusters, [HUB_CLUSTER]: deleted.state } };
  const view = fluxView(sim.world);
  expect(view.sources[0].ref).toBe("tag v1.0.0");
  expect(view.kustomizations[0].suspended).toBe(true);
  expect(view.kustomizations[0].resources[0]).toEqual({
    id: "in-cluster//ConfigMap/shop/web-config",
    cluster: "in-cluster",
    object: { group: "", kind: "ConfigMap", namespace: "shop", name: "web-config" },
    missing: true,
    health: { status: "Missing" },
    children: [],
  });
});

test("a failing build shows Ready=False with Flux's reason and keeps the last applied revision", async () => {
  const sim = await bootScenario("flux-single-app");
  const before = fluxView(sim.world).kustomizations[0].lastAppliedRevision;
  await sim.commitFile("apps/web/kustomization.yaml", `${finalFiles(sim.scenario)["apps/web/kustomization.yaml"]}  - missing.yaml\n`);
  await sim.advance(90_000);
  const [kustomization] = fluxView(sim.world).kustomizations;
  expect(kustomization.lastAppliedRevision).toBe(before);
  expect(kustomization.conditions.find((condition) => condition.type === "Ready")).toMatchObject({ status: "False", reason: "BuildFailed" });
});

test("Argo CD scenarios have no Flux objects", async () => {
  const sim = await bootScenario("argocd-single-app");
  expect(fluxView(sim.world)).toEqual({ sources: [], kustomizations: [] });
});
