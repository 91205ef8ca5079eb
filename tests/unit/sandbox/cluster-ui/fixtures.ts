// A small Argo CD application tree (Deployment → ReplicaSet → Pods, a Service, an orphan
// ConfigMap) spread over two clusters, shared by the cluster-panel helper tests.
import type { ApplicationView, FluxKustomizationView, TreeNode } from "@/lib/sandbox/view-schema";

export function node(id: string, kind: string, name: string, extra: Partial<TreeNode> = {}): TreeNode {
  return { id, cluster: "in-cluster", object: { group: kind === "Deployment" || kind === "ReplicaSet" ? "apps" : "", kind, namespace: "shop", name }, children: [], ...extra };
}

export const pods = [
  node("pod-a", "Pod", "web-5d9f-a", { info: "Running" }),
  node("pod-b", "Pod", "web-5d9f-b", { info: "Running" }),
];
export const replicaSet = node("rs", "ReplicaSet", "web-5d9f", { children: pods });
export const deployment = node("deploy", "Deployment", "web", { sync: "Synced", health: { status: "Healthy" }, info: "2/2 ready", children: [replicaSet] });
export const service = node("svc", "Service", "web", { sync: "OutOfSync", health: { status: "Healthy" } });
export const orphan = node("cm", "ConfigMap", "old-settings", { sync: "OutOfSync", requiresPruning: true });
export const remote = node("remote", "Deployment", "api", { cluster: "prod", sync: "Synced", health: { status: "Progressing", message: "1/2 ready" } });

export const webApp: ApplicationView = {
  name: "web",
  project: "default",
  source: { repoURL: "https://git.example/shop.git", path: "apps/web", targetRevision: "main" },
  destination: { cluster: "in-cluster", namespace: "shop" },
  sync: { status: "OutOfSync", revision: "0123456789abcdef0123456789abcdef01234567" },
  health: { status: "Healthy" },
  automated: null,
  operation: null,
  conditions: [],
  history: [],
  resources: [deployment, service, orphan, remote],
};

export const prodApp: ApplicationView = {
  ...webApp,
  name: "api-prod",
  destination: { cluster: "https://prod.example:6443", namespace: "api" },
  resources: [remote],
};

export const otherApp: ApplicationView = { ...webApp, name: "tools", destination: { cluster: "staging", namespace: "tools" }, resources: [] };

export const appsKustomization: FluxKustomizationView = {
  name: "apps",
  namespace: "flux-system",
  path: "./apps",
  source: "GitRepository/flux-system",
  interval: "10m",
  prune: true,
  suspended: false,
  lastAppliedRevision: "main@sha1:0123456789abcdef0123456789abcdef01234567",
  conditions: [{ type: "Ready", status: "True", reason: "ReconciliationSucceeded", message: "Applied revision: main@sha1:0123456" }],
  resources: [service],
};

export const clusters = [
  { name: "in-cluster", server: "https://kubernetes.default.svc", objectCount: 40 },
  { name: "prod", server: "https://prod.example:6443", objectCount: 12 },
];
