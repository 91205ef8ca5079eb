import { expect, test } from "vitest";
import { applyObject, createCluster, describeKey, getObject, keyOf, listObjects, MAX_DOCUMENT_BYTES, parseManifests, snapshotCluster, type ApplyResult } from "@/lib/kube";
import { find, loadScenario, loadText, runScenario } from "./scenario";

const errorOf = (result: ApplyResult) => (result.ok ? undefined : result.error);

test("generation bumps on spec changes only; resourceVersion on every write; a no-op apply writes nothing", () => {
  const scenario = loadScenario("generation");
  const run = runScenario(scenario);
  const expected = scenario.expect as { actions: string[]; metadata: Record<string, unknown>; events: string[] };
  expect(run.applied.map((result) => (result.ok ? result.action : "error"))).toEqual(expected.actions);
  const metadata = Object.fromEntries(
    Object.entries(run.observed).map(([label, state]) => {
      const object = find(state, "ConfigMap", "settings", "shop");
      return [label, { generation: object?.metadata.generation, resourceVersion: object?.metadata.resourceVersion }];
    }),
  );
  expect(metadata).toEqual(expected.metadata);
  expect(run.state.events.map((event) => event.type)).toEqual(expected.events);
});

test("schema violations come back with their field paths, never as exceptions", () => {
  const scenario = loadScenario("invalid-deployment");
  const run = runScenario(scenario);
  expect(run.applied.map(errorOf)).toEqual((scenario.expect as { errors: unknown[] }).errors);
  expect(run.state.objects).toEqual({});
  expect(run.state.counters.resourceVersion).toBe(0);
});

test("an unknown kind is refused with a stable code until a CRD registers it", () => {
  const scenario = loadScenario("custom-resources");
  const run = runScenario(scenario);
  const results = run.applied.map((result) => (result.ok ? { ok: true } : { ok: false, code: result.error.code, message: result.error.message }));
  expect(results).toEqual((scenario.expect as { results: unknown[] }).results);
  expect(find(run.state, "Widget", "gear")?.spec).toEqual({ teeth: 12 });
});

test("documents over 1 MB, non-objects, bad YAML and alias bombs become errors with stable codes", () => {
  const huge = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "big" }, data: { blob: "x".repeat(MAX_DOCUMENT_BYTES) } };
  const cluster = createCluster();
  expect(errorOf(applyObject(cluster, huge, { fieldManager: "kubectl" }))?.code).toBe("KUBE_DOCUMENT_TOO_LARGE");
  expect(errorOf(applyObject(cluster, "kind: ConfigMap", { fieldManager: "kubectl" }))).toEqual({
    code: "KUBE_INVALID_OBJECT",
    message: "object is invalid: (root): must be a mapping with apiVersion, kind and metadata",
    fieldErrors: [{ path: "(root)", message: "must be a mapping with apiVersion, kind and metadata" }],
  });
  const parsed = parseManifests(loadText("bad-input.yaml"));
  expect(parsed.objects).toEqual([{ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "ok" } }]);
  expect(parsed.errors.map((error) => [error.code, error.message.split(":")[0]])).toEqual([
    ["KUBE_INVALID_YAML", "invalid YAML at line 10, column 1"],
    ["KUBE_INVALID_YAML", "invalid YAML at line 11, column 1"],
  ]);
  expect(parsed.errors[1].message).toBe(
    "invalid YAML at line 11, column 1: refused (more than 100 aliases or unresolvable): Excessive alias count indicates a resource exhaustion attack",
  );
});

test("a Deployment's selector is immutable after creation (the commonLabels outage)", () => {
  const deployment = (app: string) => ({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web" },
    spec: { selector: { matchLabels: { app } }, template: { metadata: { labels: { app } }, spec: { containers: [{ name: "web", image: "nginx:1.27" }] } } },
  });
  const first = applyObject(createCluster(), deployment("web"), { fieldManager: "argocd-controller" });
  const second = applyObject(first.state, deployment("shop-web"), { fieldManager: "argocd-controller" });
  expect(errorOf(second)).toEqual({
    code: "KUBE_FIELD_IMMUTABLE",
    message: 'Deployment "web" is invalid: spec.selector: field is immutable',
    fieldErrors: [{ path: "spec.selector", message: "field is immutable" }],
  });
  expect(second.state).toBe(first.state);
});

test("get and list by kind, namespace and label selector, sorted; change events carry the object", () => {
  const scenario = loadScenario("list");
  const run = runScenario(scenario);
  const names = (objects: ReturnType<typeof listObjects>) => objects.map((object) => describeKey(keyOf(object)));
  expect({
    all: names(listObjects(run.state)),
    configMapsInShop: names(listObjects(run.state, { kind: "ConfigMap", namespace: "shop" })),
    webTier: names(listObjects(run.state, { labelSelector: { tier: "web" } })),
    prodNotDb: names(listObjects(run.state, { labelSelector: { matchLabels: { env: "prod" }, matchExpressions: [{ key: "tier", operator: "NotIn", values: ["db"] }] } })),
    events: run.state.events.map((event) => [event.type, event.object.kind, event.object.metadata.name]),
  }).toEqual(scenario.expect);
  expect(getObject(run.state, { group: "", kind: "ConfigMap", namespace: "shop", name: "a" })?.metadata.labels).toEqual({ tier: "db", env: "prod" });
  expect(getObject(run.state, { group: "", kind: "Secret", namespace: "shop", name: "a" })).toBeUndefined();
});

test("the API server's semantic checks: selector vs template labels, Job restartPolicy, cron schedule", () => {
  const scenario = loadScenario("semantic-errors");
  const run = runScenario(scenario);
  expect(run.applied.map((result) => (result.ok ? [] : result.error.fieldErrors))).toEqual(scenario.expect);
});

test("odd but valid objects and non-objects never throw, and the cluster keeps running", () => {
  const scenario = loadScenario("odd-inputs");
  const run = runScenario(scenario);
  const expected = scenario.expect as { codes: string[]; health: string[][] };
  expect(run.applied.map((result) => (result.ok ? "ok" : result.error.code))).toEqual(expected.codes);
  const health = snapshotCluster(run.state)
    .objects.filter((item) => item.health && item.object.kind !== "ReplicaSet")
    .map((item) => [item.id, item.health?.status]);
  expect(health).toEqual(expected.health);
  const circular: Record<string, unknown> = { apiVersion: "v1", kind: "ConfigMap" };
  circular.metadata = circular;
  expect(errorOf(applyObject(run.state, circular, { fieldManager: "kubectl" }))?.code).toBe("KUBE_INVALID_OBJECT");
});
