import { expect, test } from "vitest";
import { createWorld, HUB_SERVER } from "@/lib/reconciler/world/world-state";
import { sandboxViewSchema } from "@/lib/sandbox/view-schema";
import { clusterViews, DEFAULT_EVENT_LIMIT, eventViews } from "@/lib/sandbox/view";
import { bootScenario } from "../scenarios/boot-scenario";

test("two-clusters: every cluster by name with the server Argo CD knows it by and its object count", async () => {
  const sim = await bootScenario("two-clusters");
  const views = clusterViews(sim.world);
  expect(sandboxViewSchema.shape.clusters.parse(views)).toEqual(views);
  expect(views).toEqual([
    { name: "eu-west", server: "https://eu-west.k8s.example:6443", objectCount: Object.keys(sim.world.clusters["eu-west"].objects).length },
    { name: "in-cluster", server: HUB_SERVER, objectCount: Object.keys(sim.world.clusters["in-cluster"].objects).length },
    { name: "us-east", server: "https://us-east.k8s.example:6443", objectCount: Object.keys(sim.world.clusters["us-east"].objects).length },
  ]);
  // eu-west: ConfigMap, Endpoints, Service, Deployment, ReplicaSet and 2 pods.
  expect(views[0].objectCount).toBe(7);
});

test("a cluster no Secret registers has no server", () => {
  expect(clusterViews(createWorld({ seed: "x", clusters: { edge: {} } }))).toEqual([
    { name: "edge", server: "", objectCount: 0 },
    { name: "in-cluster", server: HUB_SERVER, objectCount: 0 },
  ]);
});

test("events: the newest last, at most `limit`, in the view schema's shape", async () => {
  const sim = await bootScenario("argocd-single-app");
  const all = eventViews(sim.world);
  expect(sandboxViewSchema.shape.events.parse(all)).toEqual(all);
  expect(all).toHaveLength(sim.world.events.length);
  expect(all.at(-1)).toMatchObject({ source: "argocd-application-controller", object: "Application/web", reason: "ResourceUpdated", message: "Updated health status: Progressing -> Healthy" });
  expect(eventViews(sim.world, 2).map((event) => event.seq)).toEqual(sim.world.events.slice(-2).map((event) => event.seq));
  expect(eventViews(sim.world, 0)).toEqual([]);
  const many = { ...sim.world, events: Array.from({ length: 500 }, (_, index) => ({ ...sim.world.events[0], seq: index + 1 })) };
  expect(eventViews(many).map((event) => event.seq)).toEqual(Array.from({ length: DEFAULT_EVENT_LIMIT }, (_, index) => 201 + index));
});
