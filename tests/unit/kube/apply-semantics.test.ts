import { expect, test } from "vitest";
import { advanceCluster, applyObject, assessHealth, createCluster, gitopsCrds, listObjects, managersOf, REVISION_ANNOTATION, seededIds } from "@/lib/kube";
import { find, loadScenario, podsByOwner, runScenario } from "./scenario";

test("apply removes only fields its own manager set; fields owned by others stay", () => {
  const scenario = loadScenario("field-managers");
  const run = runScenario(scenario);
  const expected = scenario.expect as { data: unknown; labels: unknown; owners: Record<string, string[]>; managedFields: unknown };
  const configMap = find(run.state, "ConfigMap", "settings");
  expect(run.applied.every((result) => result.ok)).toBe(true);
  expect(configMap?.data).toEqual(expected.data);
  expect(configMap?.metadata.labels).toEqual(expected.labels);
  const owners = Object.fromEntries(Object.keys(expected.owners).map((path) => [path, managersOf(configMap?.metadata.managedFields, path)]));
  expect(owners).toEqual(expected.owners);
  expect(configMap?.metadata.managedFields).toEqual(expected.managedFields);
});

test("rollback reuses the old ReplicaSet with the next revision; Recreate empties old pods first", () => {
  const scenario = loadScenario("rollback");
  const run = runScenario(scenario);
  const expected = scenario.expect as { recreating: Record<string, string>; revisions: Record<string, string>; deploymentRevision: string };
  const recreating = run.observed.recreating;
  const revisionNames = new Map(listObjects(recreating, { kind: "ReplicaSet" }).map((rs) => [rs.metadata.name, `v${rs.metadata.annotations?.[REVISION_ANNOTATION]}`]));
  const counts = Object.fromEntries(Object.entries(podsByOwner(recreating)).map(([owner, value]) => [revisionNames.get(owner), value]));
  expect(counts).toEqual(expected.recreating);
  const revisions = Object.fromEntries(
    listObjects(run.state, { kind: "ReplicaSet" }).map((rs) => {
      const template = rs.spec?.template as { spec: { containers: Array<{ image: string }> } };
      return [template.spec.containers[0].image, rs.metadata.annotations?.[REVISION_ANNOTATION]];
    }),
  );
  expect(revisions).toEqual(expected.revisions);
  expect(find(run.state, "Deployment", "web")?.metadata.annotations?.[REVISION_ANNOTATION]).toBe(expected.deploymentRevision);
});

test("without add-ons, LoadBalancer Services and Ingresses stay Progressing and PVCs unbound", () => {
  const scenario = loadScenario("add-ons");
  const run = runScenario(scenario);
  const health = Object.fromEntries(listObjects(run.state).filter((object) => object.kind !== "Endpoints").map((object) => [object.kind, assessHealth(object)]));
  expect(health).toEqual(scenario.expect);
  const withAddOns = runScenario({ ...scenario, cluster: { seed: "add-ons" } });
  const statuses = listObjects(withAddOns.state).filter((object) => object.kind !== "Endpoints").map((object) => [object.kind, assessHealth(object)?.status]);
  expect(statuses).toEqual([["PersistentVolumeClaim", "Healthy"], ["Service", "Healthy"], ["Ingress", "Healthy"]]);
});

test("a registered Argo CD Application CRD validates Applications with the Argo CD schema", () => {
  const crd = {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: "applications.argoproj.io" },
    spec: { group: "argoproj.io", scope: "Namespaced", names: { kind: "Application", plural: "applications" }, versions: [{ name: "v1alpha1", served: true, storage: true }] },
  };
  const registered = applyObject(createCluster(), crd, { fieldManager: "kubectl" });
  const bad = { apiVersion: "argoproj.io/v1alpha1", kind: "Application", metadata: { name: "shop", namespace: "argocd" }, spec: { project: 7, destination: {}, source: { repoURL: "https://git.example.com/shop" } } };
  const result = applyObject(registered.state, bad, { fieldManager: "kubectl" });
  expect(result.ok ? undefined : result.error.fieldErrors).toEqual([{ path: "spec.project", message: "must be string" }]);
  const good = applyObject(registered.state, { ...bad, spec: { ...bad.spec, project: "default" } }, { fieldManager: "kubectl" });
  expect(good.ok).toBe(true);
});

test("uids and generated names come from the injected id source", () => {
  const pod = { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "web" }, spec: { replicas: 1, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx:1.27" }] } } } };
  const ids = (counter: number) => counter.toString(16).padStart(32, "0");
  const applied = applyObject(createCluster(), pod, { fieldManager: "kubectl", env: { ids } });
  const settled = advanceCluster(applied.state, 0, { ids });
  const objects = listObjects(settled).map((object) => [object.kind, object.metadata.name, object.metadata.uid]);
  expect(objects).toEqual([
    ["Pod", "web-b549r", "00000000-0000-0000-0000-000000000002"],
    ["ReplicaSet", "web", "00000000-0000-0000-0000-000000000000"],
  ]);
  expect(seededIds("a")(0)).not.toBe(seededIds("b")(0));
});

test("the bundled GitOps CRDs let Argo CD, Argo Rollouts and Flux objects in, validated by their schemas", () => {
  const installed = gitopsCrds().reduce((cluster, crd) => applyObject(cluster, crd, { fieldManager: "helm" }).state, createCluster());
  const objects = [
    { apiVersion: "argoproj.io/v1alpha1", kind: "AppProject", metadata: { name: "default", namespace: "argocd" }, spec: { sourceRepos: ["*"] } },
    { apiVersion: "argoproj.io/v1alpha1", kind: "Rollout", metadata: { name: "web" }, spec: { replicas: 2, strategy: { canary: { steps: [{ setWeight: 20 }, { pause: {} }] } } } },
    { apiVersion: "kustomize.toolkit.fluxcd.io/v1", kind: "Kustomization", metadata: { name: "apps", namespace: "flux-system" }, spec: { interval: "10m", prune: true, sourceRef: { kind: "GitRepository", name: "repo" } } },
    { apiVersion: "source.toolkit.fluxcd.io/v1", kind: "GitRepository", metadata: { name: "repo", namespace: "flux-system" }, spec: { interval: 1, url: "https://git.example.com/repo" } },
  ];
  const results = objects.map((object) => applyObject(installed, object, { fieldManager: "kubectl" }));
  expect(results.map((result) => (result.ok ? "ok" : result.error.fieldErrors))).toEqual(["ok", "ok", "ok", [{ path: "spec.interval", message: "must be string" }]]);
  expect(listObjects(installed, { kind: "CustomResourceDefinition" }).map((object) => object.metadata.name)).toEqual([
    "applications.argoproj.io", "applicationsets.argoproj.io", "appprojects.argoproj.io", "gitrepositories.source.toolkit.fluxcd.io",
    "kustomizations.kustomize.toolkit.fluxcd.io", "rollouts.argoproj.io",
  ]);
});
