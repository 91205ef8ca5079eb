import { expect, test } from "vitest";
import { explainOutOfSync } from "@/lib/reconciler/explain-out-of-sync";
import { patchLive } from "@/lib/reconciler/world/patch-live";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { applicationYaml, deploymentYaml, scaleTo, WEB_DEPLOYMENT } from "./fixtures";
import { appStatus, pods, setUp } from "./world-harness";

function deploymentOf(world: { clusters: Record<string, { objects: Record<string, unknown> }> }) {
  return world.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"] as { spec: { replicas: number } } & Parameters<typeof explainOutOfSync>[0]["live"];
}

test("automated sync deploys the first commit on its own", async () => {
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(2) }, applicationYaml({ automated: "{}" }));
  await sim.advance(15_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "Synced", health: "Healthy", operation: "Succeeded" });
  expect(sim.world.events.filter((event) => event.reason === "OperationStarted").map((event) => event.message)).toEqual([
    expect.stringMatching(/^Initiated automated sync to '[0-9a-f]{7}'$/),
  ]);
});

test("selfHeal puts back a kubectl scale 5 s after it is seen", async () => {
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(2) }, applicationYaml({ automated: "{ selfHeal: true }" }));
  await sim.advance(15_000);
  const scaled = patchLive(sim.world, HUB_CLUSTER, WEB_DEPLOYMENT, scaleTo(10), "kubectl-scale");
  expect(scaled.ok).toBe(true);
  sim.world = scaled.world;
  await sim.advance(1_000);
  expect(appStatus(sim.world, "web").sync).toBe("OutOfSync");
  expect(deploymentOf(sim.world).spec.replicas).toBe(10);
  await sim.advance(3_000);
  expect(deploymentOf(sim.world).spec.replicas).toBe(10);
  await sim.advance(3_000);
  expect(deploymentOf(sim.world).spec.replicas).toBe(2);
  await sim.advance(10_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "Synced", health: "Healthy" });
  expect(pods(sim.world, "shop")).toHaveLength(2);
});

test("without selfHeal the drift stays, OutOfSync, and the diff says who changed what", async () => {
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(2) }, applicationYaml({ automated: "{}" }));
  await sim.advance(15_000);
  sim.world = (patchLive(sim.world, HUB_CLUSTER, WEB_DEPLOYMENT, scaleTo(10), "kubectl-scale") as { world: typeof sim.world }).world;
  await sim.advance(60_000);
  expect(appStatus(sim.world, "web").sync).toBe("OutOfSync");
  expect(deploymentOf(sim.world).spec.replicas).toBe(10);
  const memory = sim.world.argo.web;
  const desired = memory.rendered!.manifests.find((manifest) => manifest.kind === "Deployment")!;
  const explanation = explainOutOfSync({
    desired: { ...desired, metadata: { ...desired.metadata, namespace: "shop" } },
    live: deploymentOf(sim.world),
    lastApplied: memory.lastApplied["apps/Deployment/shop/web"],
    sourceFiles: memory.rendered!.sourceFiles,
  });
  expect(explanation.map((entry) => entry.message)).toEqual([
    "spec.replicas is 2 in Git (apps/web/deployment.yaml:6) but 10 live, last changed live by kubectl-scale.",
  ]);
});
