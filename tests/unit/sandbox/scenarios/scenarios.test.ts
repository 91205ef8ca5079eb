import { expect, test } from "vitest";
import { listObjects } from "@/lib/kube";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { bootstrapScenario } from "@/lib/sandbox/bootstrap-scenario";
import type { Scenario } from "@/lib/sandbox/scenario";
import { findScenario, SCENARIOS } from "@/lib/sandbox/scenarios";
import { findProblems } from "@/lib/sandbox/view";
import { appSummary, bootScenario, finalFiles, fluxReady, podSummaries, SHOP } from "./boot-scenario";

test("the four scenarios, in picker order, with unique ids and seeds", () => {
  expect(SCENARIOS.map((scenario) => scenario.id)).toEqual(["argocd-single-app", "flux-single-app", "environments", "two-clusters"]);
  expect(new Set(SCENARIOS.map((scenario) => scenario.seed)).size).toBe(SCENARIOS.length);
  expect(findScenario("environments")?.title).toBe("Dev, staging and prod with kustomize");
  expect(findScenario("nope")).toBeUndefined();
});

for (const scenario of SCENARIOS) {
  test(`${scenario.id}: a README at the root, 2 commits of history after the first, and an openFile that exists`, () => {
    const files = finalFiles(scenario);
    expect(Object.keys(files)).toContain("README.md");
    expect(scenario.repositories[0].history).toHaveLength(2);
    expect(scenario.openFile).toBeDefined();
    expect(Object.keys(finalFiles(scenario, scenario.openFile!.repo))).toContain(scenario.openFile!.path);
  });

  test(`${scenario.id}: its repository has no YAML or schema problems`, () => {
    expect(findProblems(SHOP, new Map(Object.entries(finalFiles(scenario))))).toEqual([]);
  });
}

test("argocd-single-app boots Synced and Healthy at HEAD with 2 ready nginx:1.27 pods in shop", async () => {
  const sim = await bootScenario("argocd-single-app");
  const head = await sim.git.resolve(SHOP, "main");
  expect(appSummary(sim.world, "web")).toEqual({ sync: "Synced", health: "Healthy", revision: head, operation: "Succeeded" });
  expect(podSummaries(sim.world, HUB_CLUSTER, "shop")).toEqual(["Running/ready nginx:1.27", "Running/ready nginx:1.27"]);
  expect(sim.world.now - Date.UTC(2026, 0, 1)).toBe(30_000);
});

test("flux-single-app boots with the GitRepository and the Kustomization Ready=True and 2 ready pods", async () => {
  const sim = await bootScenario("flux-single-app");
  expect(fluxReady(sim.world, "GitRepository", "shop")).toBe("True");
  expect(fluxReady(sim.world, "Kustomization", "web")).toBe("True");
  expect(podSummaries(sim.world, HUB_CLUSTER, "shop")).toEqual(["Running/ready nginx:1.27", "Running/ready nginx:1.27"]);
  expect(listObjects(sim.world.clusters[HUB_CLUSTER], { kind: "Service", namespace: "shop" }).map((service) => service.metadata.name)).toEqual(["web"]);
});

test("environments boots three generated Applications, Synced and Healthy, with 1, 2 and 3 pods and prod one release behind", async () => {
  const sim = await bootScenario("environments");
  for (const environment of ["dev", "staging", "prod"]) expect(appSummary(sim.world, `web-${environment}`)).toMatchObject({ sync: "Synced", health: "Healthy" });
  expect(podSummaries(sim.world, HUB_CLUSTER, "shop-dev")).toEqual(["Running/ready nginx:1.27"]);
  expect(podSummaries(sim.world, HUB_CLUSTER, "shop-staging")).toEqual(Array(2).fill("Running/ready nginx:1.27"));
  expect(podSummaries(sim.world, HUB_CLUSTER, "shop-prod")).toEqual(Array(3).fill("Running/ready nginx:1.26"));
  const owners = listObjects(sim.world.clusters[HUB_CLUSTER], { kind: "Application" }).map((app) => app.metadata.ownerReferences?.[0]?.kind);
  expect(owners).toEqual(["ApplicationSet", "ApplicationSet", "ApplicationSet"]);
});

test("two-clusters boots one app per registered cluster: 2 pods on eu-west, 3 on us-east, none on the hub", async () => {
  const sim = await bootScenario("two-clusters");
  expect(appSummary(sim.world, "web-eu-west")).toMatchObject({ sync: "Synced", health: "Healthy" });
  expect(appSummary(sim.world, "web-us-east")).toMatchObject({ sync: "Synced", health: "Healthy" });
  expect(podSummaries(sim.world, "eu-west", "shop")).toHaveLength(2);
  expect(podSummaries(sim.world, "us-east", "shop")).toHaveLength(3);
  expect(listObjects(sim.world.clusters[HUB_CLUSTER], { kind: "Pod" })).toEqual([]);
  const region = (cluster: string) => (sim.world.clusters[cluster].objects["/ConfigMap/shop/web-config"].data as Record<string, string>).REGION;
  expect([region("eu-west"), region("us-east")]).toEqual(["eu-west", "us-east"]);
});

test("argocd-single-app: a commit to replicas is deployed after a refresh — automated sync to the new revision, then 4 ready pods", async () => {
  const sim = await bootScenario("argocd-single-app");
  const before = appSummary(sim.world, "web").revision;
  const text = finalFiles(sim.scenario)["apps/web/deployment.yaml"].replace("replicas: 2", "replicas: 4");
  const sha = await sim.commitFile("apps/web/deployment.yaml", text);
  await sim.advance(1_000);
  // Argo CD has not looked at Git again yet: still Synced, at the old revision.
  expect(appSummary(sim.world, "web")).toMatchObject({ sync: "Synced", revision: before });
  sim.refresh("web");
  await sim.advance(0);
  // The refresh writes the comparison first — OutOfSync at the new revision — and the automated
  // sync it started runs on the next pass, as Argo CD's operation queue does.
  expect(appSummary(sim.world, "web")).toMatchObject({ sync: "OutOfSync", revision: sha });
  expect(sim.world.events.map((event) => event.message)).toContain(`Initiated automated sync to '${sha.slice(0, 7)}'`);
  await sim.advance(1_000);
  expect(appSummary(sim.world, "web")).toMatchObject({ sync: "Synced", health: "Progressing", revision: sha });
  await sim.advance(5_000);
  expect(appSummary(sim.world, "web")).toMatchObject({ sync: "Synced", health: "Healthy", revision: sha });
  expect(podSummaries(sim.world, HUB_CLUSTER, "shop")).toEqual(Array(4).fill("Running/ready nginx:1.27"));
});

test("bootstrapping twice gives byte-identical worlds and the same commit SHAs", async () => {
  for (const scenario of SCENARIOS) {
    const first = await bootScenario(scenario);
    const second = await bootScenario(scenario);
    expect(JSON.stringify(second.world)).toBe(JSON.stringify(first.world));
    expect(await second.git.resolve(SHOP, "main")).toBe(await first.git.resolve(SHOP, "main"));
  }
});

test("a broken scenario is a programming error with a clear message", async () => {
  const base = findScenario("argocd-single-app")!;
  const noContext: Scenario = { ...base };
  await expect(bootstrapScenario(noContext, {})).rejects.toThrow("Scenario argocd-single-app: no git context was given for https://git.example/shop.git");
  const badYaml: Scenario = { ...base, repositories: [], bootstrap: ["kind: [oops"] };
  await expect(bootstrapScenario(badYaml, {})).rejects.toThrow(/Scenario argocd-single-app: bootstrap document 1 is not valid YAML/);
  const invalid: Scenario = { ...base, repositories: [], bootstrap: ["apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Not_Valid\n"] };
  await expect(bootstrapScenario(invalid, {})).rejects.toThrow(/Scenario argocd-single-app: cannot apply its objects to cluster in-cluster: .*Not_Valid/);
  const unknownCluster: Scenario = { ...base, repositories: [], bootstrap: [], clusterObjects: { mars: ["apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n"] } };
  await expect(bootstrapScenario(unknownCluster, {})).rejects.toThrow("Scenario argocd-single-app: clusterObjects names cluster mars, which it does not declare");
});

test("clusterObjects are applied to their cluster with the bootstrap field manager", async () => {
  const base = findScenario("two-clusters")!;
  const sim = await bootScenario({ ...base, clusterObjects: { "eu-west": ["apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: legacy\n  namespace: shop\ndata:\n  owner: ops\n"] } });
  const legacy = sim.world.clusters["eu-west"].objects["/ConfigMap/shop/legacy"];
  expect(legacy.metadata.managedFields?.map((entry) => entry.manager)).toEqual(["kubectl-client-side-apply"]);
});
