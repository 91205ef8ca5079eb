import { expect, test } from "vitest";
import { writeFile } from "@/lib/git";
import { listObjects } from "@/lib/kube/list-objects";
import { managersOf } from "@/lib/kube/managed-fields";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { configMapYaml } from "../../reconciler/argocd/fixtures";
import { live, shop } from "./terminal-harness";

const settings = (mode: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: ${mode}\n`;

test("kubectl apply -f reads the working tree: created, unchanged, configured, as kubectl-client-side-apply", async () => {
  const { run, sim } = await shop();
  await writeFile(sim.repo, { path: "extra/settings.yaml", content: settings("demo") });
  expect(await run("kubectl apply -f extra/settings.yaml -n shop")).toMatchObject({ ok: true, output: "configmap/settings created" });
  const created = live(sim.world, "/ConfigMap/shop/settings");
  expect(created.data).toEqual({ mode: "demo" });
  expect(managersOf(created.metadata.managedFields, "data.mode")).toEqual(["kubectl-client-side-apply"]);
  expect(created.metadata.annotations?.["kubectl.kubernetes.io/last-applied-configuration"]).toBe(`${JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "settings", namespace: "shop" }, data: { mode: "demo" } })}\n`);
  expect(sim.world.events.at(-1)).toMatchObject({ source: "kubectl-client-side-apply", reason: "Created", object: "ConfigMap/shop/settings" });
  const world = sim.world;
  expect(await run("kubectl apply -f ./extra/settings.yaml -n shop")).toMatchObject({ ok: true, output: "configmap/settings unchanged" });
  expect(sim.world).toBe(world);
  await writeFile(sim.repo, { path: "extra/settings.yaml", content: settings("live") });
  expect(await run("kubectl apply -f extra/settings.yaml -n shop")).toMatchObject({ ok: true, output: "configmap/settings configured" });
  expect(live(sim.world, "/ConfigMap/shop/settings").data).toEqual({ mode: "live" });
});

test("a folder applies its YAML files, multi-document files included; without -n objects go to default", async () => {
  const { run, sim } = await shop();
  await writeFile(sim.repo, { path: "extra/a.yaml", content: `${configMapYaml("one")}---\n${configMapYaml("two")}` });
  await writeFile(sim.repo, { path: "extra/notes.txt", content: "not a manifest" });
  await writeFile(sim.repo, { path: "extra/nested/c.yaml", content: configMapYaml("three") });
  expect((await run("kubectl apply -f extra")).output).toBe("configmap/one created\nconfigmap/two created");
  expect(listObjects(sim.world.clusters[HUB_CLUSTER], { kind: "ConfigMap", namespace: "default" }).map((cm) => cm.metadata.name)).toEqual(["one", "two"]);
  expect((await run("kubectl apply -R -f extra/")).output).toBe("configmap/one unchanged\nconfigmap/two unchanged\nconfigmap/three created");
});

test("kubectl apply errors: no file, missing path, bad YAML, unknown kind, namespace mismatch", async () => {
  const { run, sim } = await shop();
  const world = sim.world;
  await writeFile(sim.repo, { path: "bad/broken.yaml", content: "kind: ConfigMap\nmetadata:\n  name: x\n data: 1\n" });
  await writeFile(sim.repo, { path: "bad/widget.yaml", content: "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n" });
  await writeFile(sim.repo, { path: "bad/elsewhere.yaml", content: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: prod\n" });
  expect(await run("kubectl apply")).toMatchObject({ ok: false, output: "error: must specify one of -f and -k" });
  expect(await run("kubectl apply -f nowhere.yaml")).toMatchObject({ ok: false, output: `error: the path "nowhere.yaml" does not exist` });
  expect(await run("kubectl apply -f bad/broken.yaml")).toMatchObject({ ok: false, output: "error: error parsing bad/broken.yaml: invalid YAML at line 4, column 1: All mapping items must start at the same column" });
  expect(await run("kubectl apply -f bad/widget.yaml")).toMatchObject({ ok: false, output: `error: resource mapping not found for name: "w" namespace: "" from "bad/widget.yaml": no matches for kind "Widget" in version "example.com/v1"\nensure CRDs are installed first` });
  expect(await run("kubectl apply -f bad/elsewhere.yaml -n shop")).toMatchObject({ ok: false, output: `error: the namespace from the provided object "prod" does not match the namespace "shop". You must pass '--namespace=prod' to perform this operation.` });
  expect(sim.world).toBe(world);
});

test("--dry-run=client shows what would happen and changes nothing; -k applies a kustomization", async () => {
  const { run, sim } = await shop();
  await writeFile(sim.repo, { path: "extra/settings.yaml", content: settings("demo") });
  await writeFile(sim.repo, { path: "kust/settings.yaml", content: settings("demo") });
  await writeFile(sim.repo, { path: "kust/kustomization.yaml", content: "namespace: shop\nnamePrefix: k-\nresources:\n  - settings.yaml\n" });
  const world = sim.world;
  expect(await run("kubectl apply -f extra/settings.yaml --dry-run=client")).toMatchObject({ ok: true, output: "configmap/settings created (dry run)" });
  expect(sim.world).toBe(world);
  expect(await run("kubectl apply -k kust")).toMatchObject({ ok: true, output: "configmap/k-settings created" });
  expect(live(sim.world, "/ConfigMap/shop/k-settings")).toBeDefined();
  // Like kustomize, a kustomization cannot reach outside its folder.
  await writeFile(sim.repo, { path: "kust/kustomization.yaml", content: "resources:\n  - ../extra/settings.yaml\n" });
  expect(await run("kubectl apply -k kust")).toMatchObject({ ok: false, output: "error: kust/kustomization.yaml: security: file '../extra/settings.yaml' is not in or below 'kust'" });
  expect(await run("kubectl apply -k extra")).toMatchObject({ ok: false, output: "error: unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory 'extra'" });
});

test("kubectl delete: a pod comes back (its ReplicaSet replaces it), a Deployment takes its ReplicaSets and pods", async () => {
  const { run, sim } = await shop({ automated: "{}" });
  const pods = () => listObjects(sim.world.clusters[HUB_CLUSTER], { kind: "Pod", namespace: "shop" }).map((pod) => pod.metadata.name);
  const [first] = pods();
  expect(await run(`kubectl delete pod ${first} -n shop`)).toMatchObject({ ok: true, output: `pod "${first}" deleted` });
  expect(pods()).not.toContain(first);
  expect(sim.world.events.at(-1)).toMatchObject({ source: "kubectl", reason: "Deleted", object: `Pod/shop/${first}` });
  await sim.advance(2_000);
  expect(pods()).toHaveLength(3);
  expect(await run("kubectl delete deployment/web -n shop")).toMatchObject({ ok: true, output: `deployment.apps "web" deleted` });
  expect(pods()).toEqual([]);
  expect(listObjects(sim.world.clusters[HUB_CLUSTER], { kind: "ReplicaSet", namespace: "shop" })).toEqual([]);
});

test("kubectl delete -l, --ignore-not-found, -f and a namespace with what it holds", async () => {
  const { run, sim } = await shop();
  const world = sim.world;
  expect(await run("kubectl delete svc nope -n shop")).toMatchObject({ ok: false, output: `Error from server (NotFound): services "nope" not found` });
  expect(await run("kubectl delete svc nope -n shop --ignore-not-found")).toMatchObject({ ok: true, output: "No resources found" });
  expect(await run("kubectl delete svc -n shop")).toMatchObject({ ok: false, output: "error: resource(s) were provided, but no name was specified" });
  expect(sim.world).toBe(world);
  expect((await run("kubectl delete pods -l app=web -n shop")).output.split("\n")).toHaveLength(3);
  await writeFile(sim.repo, { path: "extra/settings.yaml", content: settings("demo") });
  await run("kubectl apply -f extra/settings.yaml -n shop");
  expect(await run("kubectl delete -f extra/settings.yaml -n shop")).toMatchObject({ ok: true, output: `configmap "settings" deleted` });
  expect(await run("kubectl delete ns shop")).toMatchObject({ ok: false, output: `Error from server (NotFound): namespaces "shop" not found` });
  await writeFile(sim.repo, { path: "extra/ns.yaml", content: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n" });
  await run("kubectl apply -f extra/ns.yaml");
  expect(await run("kubectl delete namespace shop")).toMatchObject({ ok: true, output: `namespace "shop" deleted` });
  expect(Object.values(sim.world.clusters[HUB_CLUSTER].objects).filter((object) => object.metadata.namespace === "shop")).toEqual([]);
});
