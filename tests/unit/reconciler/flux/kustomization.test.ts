import { expect, test } from "vitest";
import { deleteFile, commit } from "@/lib/git";
import { patchLive } from "@/lib/reconciler/world/patch-live";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { configMapYaml, deploymentYaml, scaleTo, WEB_DEPLOYMENT } from "../argocd/fixtures";
import { gitRepositoryYaml, kustomizationYaml, ready, setUpFlux } from "./flux-harness";

const replicas = (world: { clusters: Record<string, { objects: Record<string, { spec?: unknown }> }> }) =>
  (world.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"]?.spec as { replicas?: number } | undefined)?.replicas;

test("a Kustomization applies its path, becomes Ready with the revision, and reverts drift at its next interval", async () => {
  const sim = await setUpFlux({ "apps/web/deployment.yaml": deploymentYaml(2) }, [gitRepositoryYaml(), kustomizationYaml("apps", "./apps/web")]);
  await sim.advance(1_000);
  expect(ready(sim.world, "apps")).toMatchObject({ status: "True", reason: "ReconciliationSucceeded", lastAppliedRevision: expect.stringMatching(/^main@sha1:[0-9a-f]{40}$/) });
  expect(replicas(sim.world)).toBe(2);
  const labels = (sim.world.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"].metadata.labels ?? {}) as Record<string, string>;
  expect(labels["kustomize.toolkit.fluxcd.io/name"]).toBe("apps");

  sim.world = (patchLive(sim.world, HUB_CLUSTER, WEB_DEPLOYMENT, scaleTo(7), "kubectl-scale") as { world: typeof sim.world }).world;
  await sim.advance(60_000);
  expect(replicas(sim.world)).toBe(7); // Flux is not watching: drift waits for the interval (5m)
  await sim.advance(300_000);
  expect(replicas(sim.world)).toBe(2);
});

test("a suspended Kustomization corrects nothing; resuming does", async () => {
  const sim = await setUpFlux({ "apps/web/deployment.yaml": deploymentYaml(2) }, [gitRepositoryYaml(), kustomizationYaml("apps", "./apps/web", "  suspend: true\n")]);
  await sim.advance(600_000);
  expect(replicas(sim.world)).toBeUndefined();
  const key = { group: "kustomize.toolkit.fluxcd.io", kind: "Kustomization", namespace: "flux-system", name: "apps" };
  sim.world = (patchLive(sim.world, HUB_CLUSTER, key, (live) => ({ ...live, spec: { ...live.spec, suspend: false } }), "flux-client-side-apply") as { world: typeof sim.world }).world;
  await sim.advance(1_000);
  expect(replicas(sim.world)).toBe(2);
});

test("a new commit is applied once the source fetches it; a removed file is pruned", async () => {
  const sim = await setUpFlux({ "apps/web/deployment.yaml": deploymentYaml(2), "apps/web/extra.yaml": configMapYaml("extra") }, [gitRepositoryYaml("1m"), kustomizationYaml("apps", "./apps/web")]);
  await sim.advance(1_000);
  await sim.commitFile("apps/web/deployment.yaml", deploymentYaml(4));
  await deleteFile(sim.repo, { path: "apps/web/extra.yaml" });
  await commit(sim.repo, { message: "Drop extra", all: true });
  // The source checks every 1m ± 5%: not before 57 s, surely by 63 s.
  await sim.advance(55_000);
  expect(replicas(sim.world)).toBe(2);
  await sim.advance(10_000);
  expect(replicas(sim.world)).toBe(4);
  expect(sim.world.clusters[HUB_CLUSTER].objects["/ConfigMap/shop/extra"]).toBeUndefined();
  expect(sim.world.events.some((event) => event.reason === "Progressing" && event.message.includes("ConfigMap/shop/extra deleted"))).toBe(true);
  expect(ready(sim.world, "apps").history).toHaveLength(2);
});

test("dependsOn waits for the dependency to be Ready", async () => {
  const sim = await setUpFlux(
    { "infra/config.yaml": configMapYaml("infra"), "apps/web/deployment.yaml": deploymentYaml(1) },
    [gitRepositoryYaml(), kustomizationYaml("apps", "./apps/web", "  dependsOn:\n    - name: infra\n"), kustomizationYaml("infra", "./infra", "  suspend: true\n")],
  );
  await sim.advance(1_000);
  expect(ready(sim.world, "apps")).toMatchObject({ status: "False", reason: "DependencyNotReady", message: "dependency 'flux-system/infra' is not ready" });
  expect(replicas(sim.world)).toBeUndefined();
  const key = { group: "kustomize.toolkit.fluxcd.io", kind: "Kustomization", namespace: "flux-system", name: "infra" };
  sim.world = (patchLive(sim.world, HUB_CLUSTER, key, (live) => ({ ...live, spec: { ...live.spec, suspend: false } }), "kubectl") as { world: typeof sim.world }).world;
  await sim.advance(31_000);
  expect(ready(sim.world, "apps")).toMatchObject({ status: "True" });
  expect(replicas(sim.world)).toBe(1);
});

test("wait: true fails with HealthCheckFailed when a Deployment never becomes ready within the timeout", async () => {
  const stuck = deploymentYaml(1).replace("      labels: { app: web }\n    spec:", '      labels: { app: web }\n      annotations: { sim.reconcile.dev/never-ready: "true" }\n    spec:');
  const sim = await setUpFlux({ "apps/web/deployment.yaml": stuck }, [gitRepositoryYaml(), kustomizationYaml("apps", "./apps/web", "  wait: true\n  timeout: 30s\n")]);
  await sim.advance(10_000);
  expect(ready(sim.world, "apps")).toMatchObject({ status: "Unknown", reason: "Progressing" });
  await sim.advance(25_000);
  expect(ready(sim.world, "apps")).toMatchObject({ status: "False", reason: "HealthCheckFailed", message: expect.stringContaining("timeout waiting for: [Deployment/shop/web]") });
});

test("the requestedAt annotation forces a reconcile before the interval", async () => {
  const sim = await setUpFlux({ "apps/web/deployment.yaml": deploymentYaml(2) }, [gitRepositoryYaml("10m"), kustomizationYaml("apps", "./apps/web")]);
  await sim.advance(1_000);
  await sim.commitFile("apps/web/deployment.yaml", deploymentYaml(5));
  const request = (name: string, kind: string, group: string) =>
    (patchLive(sim.world, HUB_CLUSTER, { group, kind, namespace: "flux-system", name }, (live) => ({ ...live, metadata: { ...live.metadata, annotations: { ...live.metadata.annotations, "reconcile.fluxcd.io/requestedAt": "2026-01-01T00:01:00Z" } } }), "flux") as { world: typeof sim.world }).world;
  sim.world = request("shop", "GitRepository", "source.toolkit.fluxcd.io");
  sim.world = request("apps", "Kustomization", "kustomize.toolkit.fluxcd.io");
  await sim.advance(1_000);
  expect(replicas(sim.world)).toBe(5);
});

test("healthChecks name the objects to wait for; a broken build is BuildFailed and retried", async () => {
  const checks = "  healthChecks:\n    - apiVersion: apps/v1\n      kind: Deployment\n      name: web\n      namespace: shop\n";
  const sim = await setUpFlux({ "apps/web/deployment.yaml": deploymentYaml(1), "broken/kustomization.yaml": "resources:\n  - missing.yaml\n" }, [
    gitRepositoryYaml(),
    kustomizationYaml("apps", "./apps/web", checks),
    kustomizationYaml("broken", "./broken"),
  ]);
  await sim.advance(1_000);
  expect(ready(sim.world, "apps")).toMatchObject({ status: "Unknown", reason: "Progressing" });
  await sim.advance(5_000);
  expect(ready(sim.world, "apps")).toMatchObject({ status: "True", reason: "ReconciliationSucceeded" });
  expect(ready(sim.world, "broken")).toMatchObject({ status: "False", reason: "BuildFailed", message: expect.stringContaining("missing.yaml") });
});
