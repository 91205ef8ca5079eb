import { expect, test } from "vitest";
import { deleteObject } from "@/lib/kube";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { applicationViewSchema, type TreeNode } from "@/lib/sandbox/view-schema";
import { applicationViews } from "@/lib/sandbox/view";
import { bootScenario, finalFiles, SHOP } from "../scenarios/boot-scenario";

/** A tree as "Kind/name info [health]" lines, children indented. */
function outline(nodes: readonly TreeNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${"  ".repeat(depth)}${node.object.kind}/${node.object.name.replace(/-[a-z0-9]{10}(-[a-z0-9]{5})?$/, (_, pod) => (pod ? "-<rs>-<pod>" : "-<rs>"))}${node.info ? ` ${node.info}` : ""} [${node.health?.status ?? "-"}${node.sync ? ` ${node.sync}` : ""}${node.missing ? " missing" : ""}]`,
    ...outline(node.children, depth + 1),
  ]);
}

test("argocd-single-app: one Application with its source, destination, policy, history and a Deployment → ReplicaSet → Pods tree", async () => {
  const sim = await bootScenario("argocd-single-app");
  const head = (await sim.git.resolve(SHOP, "main"))!;
  const [view, ...others] = applicationViews(sim.world);
  expect(others).toEqual([]);
  expect(applicationViewSchema.parse(view)).toEqual(view);
  expect({ ...view, resources: [] }).toEqual({
    name: "web",
    project: "default",
    source: { repoURL: SHOP, path: "apps/web", targetRevision: "main" },
    destination: { cluster: "in-cluster", namespace: "shop" },
    sync: { status: "Synced", revision: head },
    health: { status: "Healthy" },
    automated: { prune: true, selfHeal: true },
    operation: { phase: "Succeeded", message: "successfully synced (all tasks run)" },
    conditions: [],
    history: [{ id: 0, revision: head, deployedAt: "2026-01-01T00:00:01.000Z" }],
    resources: [],
  });
  expect(outline(view.resources)).toEqual([
    "ConfigMap/web-config 1 key [- Synced]",
    "Service/web ClusterIP 10.96.0.2 · 80/TCP [Healthy Synced]",
    "Deployment/web 2/2 ready · nginx:1.27 [Healthy Synced]",
    "  ReplicaSet/web-<rs> rev 1 · 2 pods [Healthy]",
    "    Pod/web-<rs>-<pod> Running · ready [Healthy]",
    "    Pod/web-<rs>-<pod> Running · ready [Healthy]",
  ]);
  const deployment = view.resources[2];
  expect(deployment.id).toBe("in-cluster/apps/Deployment/shop/web");
  expect(deployment.children[0].children[0].cluster).toBe("in-cluster");
});

test("after a new image rolls out, the current ReplicaSet comes first and the old one follows with 0 pods; history grows", async () => {
  const sim = await bootScenario("argocd-single-app");
  const sha = await sim.commitFile("apps/web/deployment.yaml", finalFiles(sim.scenario)["apps/web/deployment.yaml"].replace("nginx:1.27", "nginx:1.28"));
  sim.refresh("web");
  await sim.advance(20_000);
  const [view] = applicationViews(sim.world);
  expect(outline(view.resources.filter((node) => node.object.kind === "Deployment"))).toEqual([
    "Deployment/web 2/2 ready · nginx:1.28 [Healthy Synced]",
    "  ReplicaSet/web-<rs> rev 2 · 2 pods [Healthy]",
    "    Pod/web-<rs>-<pod> Running · ready [Healthy]",
    "    Pod/web-<rs>-<pod> Running · ready [Healthy]",
    "  ReplicaSet/web-<rs> rev 1 · 0 pods [Healthy]",
  ]);
  expect(view.history.map((entry) => entry.revision)).toEqual([expect.any(String), sha]);
  expect(view.history[1]).toEqual({ id: 1, revision: sha, deployedAt: "2026-01-01T00:00:31.000Z" });
});

test("a resource deleted by hand is shown missing, with health Missing, until self-heal recreates it", async () => {
  const sim = await bootScenario("argocd-single-app");
  const deleted = deleteObject(sim.world.clusters[HUB_CLUSTER], { group: "", kind: "Service", namespace: "shop", name: "web" }, { fieldManager: "kubectl-delete" });
  if (!deleted.ok) throw new Error("delete failed");
  sim.world = { ...sim.world, clusters: { ...sim.world.clusters, [HUB_CLUSTER]: deleted.state } };
  await sim.advance(0);
  const [view] = applicationViews(sim.world);
  expect(view.sync.status).toBe("OutOfSync");
  expect(view.health).toEqual({ status: "Missing", message: "Service/web: Missing" });
  expect(view.resources[1]).toEqual({
    id: "in-cluster//Service/shop/web",
    cluster: "in-cluster",
    object: { group: "", kind: "Service", namespace: "shop", name: "web" },
    sync: "OutOfSync",
    missing: true,
    health: { status: "Missing" },
    children: [],
  });
  await sim.advance(10_000);
  expect(applicationViews(sim.world)[0].resources[1]).toMatchObject({ sync: "Synced", health: { status: "Healthy" } });
});

test("an object Git no longer declares is marked requiresPruning (automated sync turned off, so nothing prunes it)", async () => {
  const sim = await bootScenario("argocd-single-app");
  const files = finalFiles(sim.scenario);
  const sha = await sim.commitFile("apps/web/kustomization.yaml", files["apps/web/kustomization.yaml"].replace("  - service.yaml\n", ""));
  sim.refresh("web");
  // Read the status the refresh wrote before the sync it starts has run: pause automated sync.
  sim.patch(HUB_CLUSTER, { group: "argoproj.io", kind: "Application", namespace: "argocd", name: "web" }, (app) => ({ ...app, spec: { ...app.spec, syncPolicy: {} } }), "kubectl-edit");
  await sim.advance(0);
  const [view] = applicationViews(sim.world);
  expect(view.automated).toBeNull();
  expect(view.sync).toEqual({ status: "OutOfSync", revision: sha });
  expect(view.resources.find((node) => node.object.kind === "Service")).toMatchObject({ sync: "OutOfSync", requiresPruning: true, health: { status: "Healthy" } });
});

test("environments: three generated apps sorted by name, each in its namespace with its replica count", async () => {
  const sim = await bootScenario("environments");
  const views = applicationViews(sim.world);
  expect(views.map((view) => [view.name, view.destination.namespace, view.source.path, view.resources.find((node) => node.object.kind === "Deployment")?.info])).toEqual([
    ["web-dev", "shop-dev", "apps/web/overlays/dev", "1/1 ready · nginx:1.27"],
    ["web-prod", "shop-prod", "apps/web/overlays/prod", "3/3 ready · nginx:1.26"],
    ["web-staging", "shop-staging", "apps/web/overlays/staging", "2/2 ready · nginx:1.27"],
  ]);
});

test("two-clusters: the destination is the registered cluster's name and the tree's nodes live there", async () => {
  const sim = await bootScenario("two-clusters");
  const views = applicationViews(sim.world);
  expect(views.map((view) => view.destination)).toEqual([
    { cluster: "eu-west", namespace: "shop" },
    { cluster: "us-east", namespace: "shop" },
  ]);
  const deployment = views[1].resources.find((node) => node.object.kind === "Deployment")!;
  expect(deployment.id).toBe("us-east/apps/Deployment/shop/web");
  expect(deployment.info).toBe("3/3 ready · nginx:1.27");
  expect(deployment.children[0].children.map((pod) => pod.cluster)).toEqual(["us-east", "us-east", "us-east"]);
});

test("an app whose destination is unknown keeps the server as its cluster, Unknown sync and a condition", async () => {
  const sim = await bootScenario("two-clusters");
  const key = { group: "argoproj.io", kind: "Application", namespace: "argocd", name: "web-eu-west" };
  sim.patch(HUB_CLUSTER, key, (app) => ({ ...app, spec: { ...app.spec, destination: { server: "https://nowhere.example", namespace: "shop" } } }), "kubectl-edit");
  await sim.advance(1_000);
  const view = applicationViews(sim.world)[0];
  expect(view.destination).toEqual({ cluster: "https://nowhere.example", namespace: "shop" });
  expect(view.sync.status).toBe("Unknown");
  expect(view.conditions).toEqual([{ type: "InvalidSpecError", message: "cluster 'https://nowhere.example' has not been configured" }]);
});
