// Module 3.4's classic "OutOfSync right after a sync": quantities, webhooks, autoscalers.
import { expect, test } from "vitest";
import { parse } from "yaml";
import { createRepository, type GitContext } from "@/lib/git";
import { gitopsCrds, setCpuLoad, type AdmissionRule } from "@/lib/kube";
import { repositoryGitSource } from "@/lib/reconciler/source/repository-git-source";
import { advanceWorld } from "@/lib/reconciler/world/advance-world";
import { applyToCluster } from "@/lib/reconciler/world/apply-to-cluster";
import { createWorld, HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { applicationYaml, deploymentYaml } from "./fixtures";
import { appStatus, memoryRepository, REPO_URL } from "./world-harness";

async function world(files: Record<string, string>, application: string, admission: AdmissionRule[] = []) {
  const repo: GitContext = memoryRepository();
  await createRepository(repo, { files });
  const git = repositoryGitSource({ [REPO_URL]: repo });
  const created = createWorld({ seed: "normalisation", hub: { admission } });
  const booted = applyToCluster(created, HUB_CLUSTER, [...gitopsCrds(), parse(application)], "kubectl");
  if (!booted.ok) throw new Error(booted.message);
  return { world: booted.world, git };
}

const withResources = deploymentYaml(1).replace("          image: nginx:1.27\n", "          image: nginx:1.27\n          resources:\n            limits: { cpu: 1000m, memory: 3072Mi }\n");

test("quantities the API server rewrites (1000m → 1, 3072Mi → 3Gi) do not make the app OutOfSync", async () => {
  const setup = await world({ "apps/web/deployment.yaml": withResources }, applicationYaml({ automated: "{}" }));
  const git = setup.git;
  let w = setup.world;
  w = await advanceWorld(w, 15_000, git);
  const limits = (w.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"].spec as { template: { spec: { containers: { resources: { limits: Record<string, string> } }[] } } }).template.spec.containers[0].resources.limits;
  expect(limits).toEqual({ cpu: "1", memory: "3Gi" });
  expect(appStatus(w, "web").sync).toBe("Synced");
});

const labelled = deploymentYaml(1).replace("metadata:\n  name: web\n", "metadata:\n  name: web\n  labels:\n    team: shop\n");
const webhook: AdmissionRule[] = [{ name: "policy", match: { kinds: ["Deployment"] }, addLabels: { team: "platform" }, injectSidecar: { name: "proxy", image: "envoy:1.31" } }];

test("a webhook changing a field Git declares keeps the app OutOfSync; an added sidecar alone does not", async () => {
  const setup = await world({ "apps/web/deployment.yaml": labelled }, applicationYaml({ automated: "{}" }), webhook);
  const git = setup.git;
  let w = setup.world;
  w = await advanceWorld(w, 15_000, git);
  const status = w.clusters[HUB_CLUSTER].objects["argoproj.io/Application/argocd/web"].status as { resources: { kind: string; status: string }[] };
  expect(appStatus(w, "web").sync).toBe("OutOfSync");
  expect(status.resources.find((resource) => resource.kind === "Deployment")?.status).toBe("OutOfSync");
  const live = w.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"];
  expect((live.spec as { template: { spec: { containers: { name: string }[] } } }).template.spec.containers.map((c) => c.name)).toEqual(["web", "proxy"]);
});

test("ignoreDifferences with a jq path on the webhook's field brings the app back to Synced", async () => {
  const ignore = `  ignoreDifferences:\n    - group: apps\n      kind: Deployment\n      jqPathExpressions: ['.metadata.labels["team"]']\n`;
  const setup = await world({ "apps/web/deployment.yaml": labelled }, applicationYaml({ automated: "{}", extraSpec: ignore }), webhook);
  const git = setup.git;
  let w = setup.world;
  w = await advanceWorld(w, 15_000, git);
  expect(appStatus(w, "web").sync).toBe("Synced");
});

const hpa = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  minReplicas: 1
  maxReplicas: 5
  metrics:
    - type: Resource
      resource: { name: cpu, target: { type: Utilization, averageUtilization: 50 } }
`;

async function underLoad(extraSpec = "") {
  const withRequests = deploymentYaml(1).replace("          image: nginx:1.27\n", "          image: nginx:1.27\n          resources:\n            requests: { cpu: 100m }\n");
  const setup = await world({ "apps/web/deployment.yaml": withRequests, "apps/web/hpa.yaml": hpa }, applicationYaml({ automated: "{}", extraSpec }));
  const git = setup.git;
  let w = setup.world;
  w = await advanceWorld(w, 15_000, git);
  w = { ...w, clusters: { ...w.clusters, [HUB_CLUSTER]: setCpuLoad(w.clusters[HUB_CLUSTER], "shop", "web", 200) } } as WorldState;
  return advanceWorld(w, 60_000, git);
}

test("an HPA scaling a Deployment whose replicas Git declares makes the app OutOfSync", async () => {
  const w = await underLoad();
  expect((w.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"].spec as { replicas: number }).replicas).toBeGreaterThan(1);
  expect(appStatus(w, "web").sync).toBe("OutOfSync");
});

test("ignoreDifferences on the hpa-controller's fields (managedFieldsManagers) keeps it Synced", async () => {
  const ignore = `  ignoreDifferences:\n    - group: apps\n      kind: Deployment\n      managedFieldsManagers: [hpa-controller]\n`;
  const w = await underLoad(ignore);
  expect((w.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"].spec as { replicas: number }).replicas).toBeGreaterThan(1);
  expect(appStatus(w, "web").sync).toBe("Synced");
});
