import { expect, test } from "vitest";
import { assessHealth, listObjects, managersOf, type ClusterState } from "@/lib/kube";
import { find, loadScenario, runScenario } from "./scenario";

const mapObserved = <T>(observed: Record<string, ClusterState>, view: (state: ClusterState) => T) =>
  Object.fromEntries(Object.entries(observed).map(([label, state]) => [label, view(state)]));

test("garbage collection cascades through ownerReferences; Orphan leaves dependents", () => {
  const scenario = loadScenario("garbage-collection");
  const run = runScenario(scenario);
  const expected = scenario.expect as { deletedKinds: string[][]; missing: unknown; remaining: string[] };
  expect(run.deleted.slice(0, 2).map((result) => (result.ok ? result.deleted.map((object) => object.kind) : []))).toEqual(expected.deletedKinds);
  expect(run.deleted[2].ok ? undefined : run.deleted[2].error).toEqual(expected.missing);
  expect(listObjects(run.state).map((object) => object.kind)).toEqual(expected.remaining);
  expect(listObjects(run.state, { kind: "ReplicaSet" })[0].metadata.ownerReferences).toBeUndefined();
});

test("Service endpoints follow pod readiness", () => {
  const scenario = loadScenario("endpoints");
  const run = runScenario(scenario);
  const view = (state: ClusterState) =>
    ((find(state, "Endpoints", "web")?.subsets ?? []) as Array<Record<string, unknown>>).map((subset) => {
      const ips = (key: string) => ((subset[key] ?? []) as Array<{ ip: string }>).map((address) => address.ip);
      return {
        ...(subset.addresses ? { addresses: ips("addresses") } : {}),
        ...(subset.notReadyAddresses ? { notReadyAddresses: ips("notReadyAddresses") } : {}),
        ports: subset.ports,
      };
    });
  expect(mapObserved(run.observed, view)).toEqual(scenario.expect);
});

test("Jobs complete after their pods succeed and fail past backoffLimit", () => {
  const scenario = loadScenario("jobs");
  const run = runScenario(scenario);
  const view = (state: ClusterState) =>
    Object.fromEntries(
      ["migrate", "broken"].map((name) => {
        const job = find(state, "Job", name);
        const { active, succeeded, failed } = (job?.status ?? {}) as Record<string, number>;
        const counts = { ...(active ? { active } : {}), ...(succeeded ? { succeeded } : {}), ...(failed ? { failed } : {}) };
        return [name, { health: assessHealth(job), counts }];
      }),
    );
  expect(mapObserved(run.observed, view)).toEqual(scenario.expect);
});

test("a CronJob creates Jobs on schedule, named by scheduled minute, and keeps its history limit", () => {
  const scenario = loadScenario("cronjob");
  const run = runScenario(scenario);
  const view = (state: ClusterState) => {
    const cronJob = find(state, "CronJob", "report");
    const status = (cronJob?.status ?? {}) as { lastScheduleTime?: string; active?: Array<{ name: string }> };
    return {
      jobs: listObjects(state, { kind: "Job" }).map((job) => job.metadata.name),
      lastScheduleTime: status.lastScheduleTime,
      active: (status.active ?? []).map((ref) => ref.name),
    };
  };
  expect(mapObserved(run.observed, view)).toEqual(scenario.expect);
});

test("the HPA scales a Deployment as hpa-controller and a GitOps re-apply leaves its replicas", () => {
  const scenario = loadScenario("hpa");
  const run = runScenario(scenario);
  const view = (state: ClusterState) => {
    const deployment = find(state, "Deployment", "web", "shop");
    return {
      replicas: deployment?.spec?.replicas,
      desired: find(state, "HorizontalPodAutoscaler", "web", "shop")?.status?.desiredReplicas,
      owners: managersOf(deployment?.metadata.managedFields, "spec.replicas"),
    };
  };
  expect(mapObserved(run.observed, view)).toEqual(scenario.expect);
  expect(managersOf(find(run.state, "Deployment", "web", "shop")?.metadata.managedFields, "spec.template.spec.containers[web].image")).toEqual([
    "argocd-controller",
  ]);
});

test("mutating admission adds an annotation and a sidecar; re-applying git changes nothing", () => {
  const scenario = loadScenario("admission");
  const run = runScenario(scenario);
  const expected = scenario.expect as Record<string, unknown>;
  expect(run.applied.map((result) => (result.ok ? result.action : result.error.code))).toEqual(expected.actions);
  const deployment = find(run.state, "Deployment", "web");
  expect(deployment?.metadata.annotations).toEqual(expected.annotations);
  expect((deployment?.spec?.template as { spec: { containers: unknown[] } }).spec.containers).toEqual(expected.containers);
  expect(find(run.state, "ConfigMap", "untouched")?.metadata.annotations ?? null).toEqual(expected.configMapAnnotations);
  // The Deployment's template carries no annotations; pods get the Pod rule's annotation at creation.
  expect(listObjects(run.state, { kind: "Pod" }).map((pod) => pod.metadata.annotations)).toEqual([{ "policy.example.com/checked": "true" }]);
});

test("a StatefulSet starts pods in order and a DaemonSet runs one pod per node", () => {
  const scenario = loadScenario("statefulset-daemonset");
  const run = runScenario(scenario);
  const view = (state: ClusterState) => ({
    pods: listObjects(state, { kind: "Pod", labelSelector: { app: "db" } }).map((pod) => pod.metadata.name),
    db: assessHealth(find(state, "StatefulSet", "db"))?.status,
    agent: assessHealth(find(state, "DaemonSet", "agent"))?.status,
  });
  expect(mapObserved(run.observed, view)).toEqual(scenario.expect);
  const nodes = listObjects(run.state, { kind: "Pod", labelSelector: { app: "agent" } }).map((pod) => pod.spec?.nodeName);
  expect(nodes.sort()).toEqual(["node-a", "node-b"]);
});
