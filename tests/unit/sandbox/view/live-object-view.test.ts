import { expect, test } from "vitest";
import { parse } from "yaml";
import { deleteObject, listObjects, type KubeObject } from "@/lib/kube";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { liveObjectViewSchema, type LiveObjectView } from "@/lib/sandbox/view-schema";
import { liveObjectView } from "@/lib/sandbox/view";
import { bootScenario, finalFiles, lineOf, SHOP } from "../scenarios/boot-scenario";

const WEB = { group: "apps", kind: "Deployment", namespace: "shop", name: "web" };
const WEB_KEY = { ...WEB, namespace: "shop" };
const scaleTo = (replicas: number) => (live: KubeObject): KubeObject => ({ ...live, spec: { ...live.spec, replicas } });

function checked(view: LiveObjectView): LiveObjectView {
  expect(liveObjectViewSchema.parse(view)).toEqual(view);
  return view;
}

test("in sync: live YAML without managedFields in kubectl's order, Git's manifest, no diff, no explanations", async () => {
  const sim = await bootScenario("argocd-single-app");
  const view = checked(liveObjectView(sim.world, HUB_CLUSTER, WEB, [SHOP]));
  expect(view).toMatchObject({ cluster: HUB_CLUSTER, object: WEB, diff: [], explanations: [], sync: "Synced", health: { status: "Healthy" } });
  expect(view.liveYaml).not.toContain("managedFields");
  expect(view.liveYaml!.split("\n").slice(0, 3)).toEqual(["apiVersion: apps/v1", "kind: Deployment", "metadata:"]);
  expect(parse(view.liveYaml!)).toMatchObject({ spec: { replicas: 2 }, status: { readyReplicas: 2 } });
  expect(parse(view.desiredYaml!)).toEqual({ ...parse(finalFiles(sim.scenario)["apps/web/deployment.yaml"]), metadata: { name: "web", labels: { app: "web" }, namespace: "shop" } });
});

test("kubectl scale drift: why OutOfSync names spec.replicas, both values, who changed it and the line in Git", async () => {
  const sim = await bootScenario("argocd-single-app");
  sim.patch(HUB_CLUSTER, WEB_KEY, scaleTo(10), "kubectl-scale");
  await sim.advance(0);
  const view = checked(liveObjectView(sim.world, HUB_CLUSTER, WEB, [SHOP]));
  const line = lineOf(finalFiles(sim.scenario)["apps/web/deployment.yaml"], "replicas:");
  expect(line).toBe(8);
  expect(view.explanations).toEqual([
    {
      path: "spec.replicas",
      summary: "spec.replicas: Git says 2, live is 10 (changed by kubectl-scale)",
      source: { repo: SHOP, file: "apps/web/deployment.yaml", line },
      changedBy: "kubectl-scale",
    },
  ]);
  expect(view.sync).toBe("OutOfSync");
  expect(view.diff).toEqual(["@@ -6,7 +6,7 @@", "     app: web", "   namespace: shop", " spec:", "-  replicas: 2", "+  replicas: 10", "   selector:", "     matchLabels:", "       app: web"]);
  // Self-heal puts it back after 5 s: nothing left to explain.
  await sim.advance(10_000);
  expect(checked(liveObjectView(sim.world, HUB_CLUSTER, WEB, [SHOP]))).toMatchObject({ sync: "Synced", diff: [], explanations: [] });
});

test("a repository the learner cannot open is not linked", async () => {
  const sim = await bootScenario("argocd-single-app");
  sim.patch(HUB_CLUSTER, WEB_KEY, scaleTo(3), "kubectl-scale");
  const view = liveObjectView(sim.world, HUB_CLUSTER, WEB, []);
  expect(view.explanations[0].source).toEqual({ file: "apps/web/deployment.yaml", line: 8 });
});

test("environments: a replica count set by an overlay's replicas: field points at that overlay", async () => {
  const sim = await bootScenario("environments");
  sim.patch(HUB_CLUSTER, { ...WEB_KEY, namespace: "shop-prod" }, scaleTo(1), "kubectl-scale");
  await sim.advance(0);
  const view = checked(liveObjectView(sim.world, HUB_CLUSTER, { ...WEB, namespace: "shop-prod" }, [SHOP]));
  const overlay = finalFiles(sim.scenario)["apps/web/overlays/prod/kustomization.yaml"];
  expect(view.explanations).toEqual([
    {
      path: "spec.replicas",
      summary: "spec.replicas: Git says 3, live is 1 (changed by kubectl-scale)",
      source: { repo: SHOP, file: "apps/web/overlays/prod/kustomization.yaml", line: lineOf(overlay, "count: 3") },
      changedBy: "kubectl-scale",
    },
  ]);
  expect(parse(view.desiredYaml!)).toMatchObject({ metadata: { namespace: "shop-prod", labels: { env: "prod" } }, spec: { replicas: 3 } });
});

test("an image edited live points at the overlay's images: newTag", async () => {
  const sim = await bootScenario("environments");
  const setImage = (live: KubeObject): KubeObject => {
    const spec = live.spec as { template: { spec: { containers: { image: string }[] } } };
    const containers = spec.template.spec.containers.map((container) => ({ ...container, image: "nginx:1.25" }));
    return { ...live, spec: { ...live.spec, template: { ...spec.template, spec: { ...spec.template.spec, containers } } } };
  };
  sim.patch(HUB_CLUSTER, { ...WEB_KEY, namespace: "shop-dev" }, setImage, "kubectl-edit");
  const view = liveObjectView(sim.world, HUB_CLUSTER, { ...WEB, namespace: "shop-dev" }, [SHOP]);
  const overlay = finalFiles(sim.scenario)["apps/web/overlays/dev/kustomization.yaml"];
  expect(view.explanations).toEqual([
    {
      path: "spec.template.spec.containers[0].image",
      summary: "spec.template.spec.containers[0].image: Git says nginx:1.27, live is nginx:1.25 (changed by kubectl-edit)",
      source: { repo: SHOP, file: "apps/web/overlays/dev/kustomization.yaml", line: lineOf(overlay, "newTag") },
      changedBy: "kubectl-edit",
    },
  ]);
  expect(view.diff.filter((line) => /^[-+] /.test(line))).toEqual(["-          image: nginx:1.27", "+          image: nginx:1.25"]);
});

test("two-clusters: objects are looked up in the named cluster and explained from its app's overlay", async () => {
  const sim = await bootScenario("two-clusters");
  sim.patch("us-east", WEB_KEY, scaleTo(5), "kubectl-scale");
  const view = checked(liveObjectView(sim.world, "us-east", WEB, [SHOP]));
  expect(view.explanations.map((explanation) => [explanation.summary, explanation.source?.file])).toEqual([
    ["spec.replicas: Git says 3, live is 5 (changed by kubectl-scale)", "clusters/us-east/kustomization.yaml"],
  ]);
  expect(liveObjectView(sim.world, "eu-west", WEB, [SHOP]).explanations).toEqual([]);
});

test("Flux: drift is explained from the Kustomization's source, and kustomize-controller reverts it at its next run", async () => {
  const sim = await bootScenario("flux-single-app");
  sim.patch(HUB_CLUSTER, WEB_KEY, scaleTo(7), "kubectl-scale");
  const view = checked(liveObjectView(sim.world, HUB_CLUSTER, WEB, [SHOP]));
  expect(view.sync).toBe("OutOfSync");
  expect(view.explanations).toEqual([
    { path: "spec.replicas", summary: "spec.replicas: Git says 2, live is 7 (changed by kubectl-scale)", source: { repo: SHOP, file: "apps/web/deployment.yaml", line: 8 }, changedBy: "kubectl-scale" },
  ]);
  expect(parse(view.desiredYaml!).metadata).toEqual({ name: "web", labels: { app: "web" }, namespace: "shop" });
  await sim.advance(6 * 60_000);
  expect(liveObjectView(sim.world, HUB_CLUSTER, WEB, [SHOP])).toMatchObject({ sync: "Synced", explanations: [] });
});

test("an object in Git but not live: no live YAML, health Missing, the whole manifest as removed lines, and where Git declares it", async () => {
  const sim = await bootScenario("argocd-single-app");
  const deleted = deleteObject(sim.world.clusters[HUB_CLUSTER], { group: "", kind: "Service", namespace: "shop", name: "web" }, { fieldManager: "kubectl-delete" });
  if (!deleted.ok) throw new Error("delete failed");
  sim.world = { ...sim.world, clusters: { ...sim.world.clusters, [HUB_CLUSTER]: deleted.state } };
  await sim.advance(0);
  const service = { group: "", kind: "Service", namespace: "shop", name: "web" };
  const view = checked(liveObjectView(sim.world, HUB_CLUSTER, service, [SHOP]));
  expect(view.liveYaml).toBeNull();
  expect(view.health).toEqual({ status: "Missing" });
  expect(view.sync).toBe("OutOfSync");
  expect(view.diff[0]).toMatch(/^@@ -1,\d+ \+0,0 @@$/);
  expect(view.diff.slice(1).every((line) => line.startsWith("-"))).toBe(true);
  expect(view.explanations).toEqual([
    { path: "", summary: "Service/web is in Git (apps/web/service.yaml:4) but not in the cluster: the next sync creates it.", source: { repo: SHOP, file: "apps/web/service.yaml", line: 4 } },
  ]);
});

test("an object Argo CD tracks but Git dropped: no desired YAML, and a sync with prune deletes it", async () => {
  const sim = await bootScenario("argocd-single-app");
  sim.patch(HUB_CLUSTER, { group: "argoproj.io", kind: "Application", namespace: "argocd", name: "web" }, (app) => ({ ...app, spec: { ...app.spec, syncPolicy: {} } }), "kubectl-edit");
  const files = finalFiles(sim.scenario);
  await sim.commitFile("apps/web/kustomization.yaml", files["apps/web/kustomization.yaml"].replace("  - service.yaml\n", ""));
  sim.refresh("web");
  await sim.advance(0);
  const view = checked(liveObjectView(sim.world, HUB_CLUSTER, { group: "", kind: "Service", namespace: "shop", name: "web" }, [SHOP]));
  expect(view).toMatchObject({ desiredYaml: null, diff: [], sync: "OutOfSync", health: { status: "Healthy" } });
  expect(view.liveYaml).toContain("kind: Service");
  expect(view.explanations).toEqual([{ path: "", summary: "Service/web is in the cluster but no longer in Git: a sync with prune deletes it." }]);
});

test("an object no tool manages (a Pod) has live YAML and health only", async () => {
  const sim = await bootScenario("argocd-single-app");
  const [pod] = listObjects(sim.world.clusters[HUB_CLUSTER], { kind: "Pod", namespace: "shop" });
  const id = { group: "", kind: "Pod", namespace: "shop", name: pod.metadata.name };
  expect(checked(liveObjectView(sim.world, HUB_CLUSTER, id, [SHOP]))).toEqual({
    cluster: HUB_CLUSTER,
    object: id,
    liveYaml: expect.stringContaining(`name: ${pod.metadata.name}`),
    desiredYaml: null,
    diff: [],
    explanations: [],
    health: { status: "Healthy" },
  });
});

test("an unknown cluster or object gives an empty view", async () => {
  const sim = await bootScenario("argocd-single-app");
  expect(liveObjectView(sim.world, "mars", WEB, [SHOP])).toEqual({ cluster: "mars", object: WEB, liveYaml: null, desiredYaml: null, diff: [], explanations: [] });
  const ghost = { group: "", kind: "ConfigMap", namespace: "shop", name: "ghost" };
  expect(liveObjectView(sim.world, HUB_CLUSTER, ghost, [SHOP])).toEqual({ cluster: HUB_CLUSTER, object: ghost, liveYaml: null, desiredYaml: null, diff: [], explanations: [] });
});

test("ignoreDifferences: an ignored field is neither explained nor diffed", async () => {
  const sim = await bootScenario("argocd-single-app");
  sim.patch(
    HUB_CLUSTER,
    { group: "argoproj.io", kind: "Application", namespace: "argocd", name: "web" },
    (app) => ({ ...app, spec: { ...app.spec, syncPolicy: {}, ignoreDifferences: [{ group: "apps", kind: "Deployment", jsonPointers: ["/spec/replicas"] }] } }),
    "kubectl-edit",
  );
  sim.patch(HUB_CLUSTER, WEB_KEY, scaleTo(4), "kubectl-scale");
  await sim.advance(0);
  expect(liveObjectView(sim.world, HUB_CLUSTER, WEB, [SHOP])).toMatchObject({ sync: "Synced", diff: [], explanations: [] });
});
