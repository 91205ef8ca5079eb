import { expect, test } from "vitest";
import { listObjects, snapshotCluster } from "@/lib/kube";
import { loadScenario, runScenario, type Step } from "./scenario";

test("the same seed and the same commands give a byte-identical snapshot", () => {
  const scenario = loadScenario("determinism");
  const first = JSON.stringify(snapshotCluster(runScenario(scenario).state));
  const second = JSON.stringify(snapshotCluster(runScenario(scenario).state));
  expect(second).toBe(first);
  expect(first.length).toBeGreaterThan(10_000);
});

test("a different seed gives different uids and pod names, with the same shape", () => {
  const scenario = loadScenario("determinism");
  const one = runScenario(scenario).state;
  const other = runScenario({ ...scenario, cluster: { ...scenario.cluster, seed: "another" } }).state;
  const names = (state: typeof one) => listObjects(state, { kind: "Pod" }).map((pod) => pod.metadata.name);
  expect(names(other)).not.toEqual(names(one));
  expect(names(other).length).toBe(names(one).length);
});

test("a snapshot is plain data: objects sorted by key, health per object, the change events", () => {
  const run = runScenario(loadScenario("determinism"));
  const snapshot = snapshotCluster(run.state);
  expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  expect(snapshot.time).toBe("2026-01-01T01:00:30Z");
  const summary = snapshot.objects
    .filter((item) => ["Deployment", "Service", "CronJob"].includes(item.object.kind))
    .map((item) => [item.id, item.health?.status ?? null]);
  expect(summary).toEqual([
    ["Service shop/web", "Healthy"],
    ["Deployment.apps shop/api", "Degraded"],
    ["Deployment.apps shop/web", "Healthy"],
    ["CronJob.batch shop/report", "Healthy"],
  ]);
  expect(listObjects(run.state, { kind: "Job" }).map((job) => job.metadata.name)).toEqual(["report-29453820"]);
  expect(listObjects(run.state, { kind: "Deployment", namespace: "shop" }).map((d) => d.spec?.replicas)).toEqual([1, 4]);
});

test("skipping idle seconds changes nothing: one long advance equals many one-second advances", () => {
  const scenario = loadScenario("determinism");
  const chunked = {
    ...scenario,
    steps: scenario.steps.flatMap((step): Step[] =>
      "advance" in step ? Array.from({ length: Math.ceil(step.advance / 1000) }, () => ({ advance: 1000 })) : [step],
    ),
  };
  const strip = (run: ReturnType<typeof runScenario>) => JSON.stringify(listObjects(run.state));
  expect(strip(runScenario(chunked))).toBe(strip(runScenario(scenario)));
});
