import { expect, test } from "vitest";
import { driftDiff, projectLive } from "@/lib/sandbox/view/drift-diff";

const desired = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web" },
  spec: { replicas: 2, template: { spec: { containers: [{ name: "web", image: "nginx:1.27", resources: { requests: { cpu: "1000m" } } }] } } },
};

const live = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", uid: "u-1", managedFields: [] },
  spec: {
    replicas: 2,
    revisionHistoryLimit: 10,
    template: { spec: { containers: [{ name: "istio-proxy", image: "proxy:1" }, { name: "web", image: "nginx:1.27", imagePullPolicy: "IfNotPresent", resources: { requests: { cpu: "1" } } }] } },
  },
  status: { replicas: 2 },
};

test("live cut down to Git's fields: defaults, status, injected sidecars and equal quantities vanish", () => {
  expect(projectLive(desired, live)).toEqual(desired);
  expect(driftDiff(desired, live)).toEqual([]);
});

test("a changed value, a field missing live, and a field Git dropped since the last sync", () => {
  const changed = { ...live, spec: { ...live.spec, replicas: 5 }, metadata: { ...live.metadata, labels: { team: "a" } } };
  const wanted = { ...desired, metadata: { name: "web", annotations: { owner: "shop" } } };
  const lastApplied = { ...desired, metadata: { name: "web", labels: { team: "a" } } };
  expect(driftDiff(wanted, changed, lastApplied)).toEqual([
    "@@ -2,10 +2,10 @@",
    " kind: Deployment",
    " metadata:",
    "   name: web",
    "-  annotations:",
    "-    owner: shop",
    "+  labels:",
    "+    team: a",
    " spec:",
    "-  replicas: 2",
    "+  replicas: 5",
    "   template:",
    "     spec:",
    "       containers:",
  ]);
});

test("an atomic list that differs is shown whole, as live has it", () => {
  const wanted = { spec: { args: ["--a", "--b"] } };
  expect(projectLive(wanted, { spec: { args: ["--a"], extra: true } })).toEqual({ spec: { args: ["--a"] } });
});
