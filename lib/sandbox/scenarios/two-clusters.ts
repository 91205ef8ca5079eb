// Scenario: Argo CD on a hub deploying the same app to two workload clusters. The clusters
// are registered the way `argocd cluster add` does it — a Secret labelled
// argocd.argoproj.io/secret-type: cluster in the argocd namespace, holding the name and API
// server URL — and never committed to Git, since they carry credentials.
import type { Scenario } from "../scenario";
import { configMapYaml, deploymentYaml, plainKustomizationYaml, SERVICE_YAML, SHOP_REPO } from "./shop-manifests";

const CLUSTERS = [
  { name: "eu-west", server: "https://eu-west.k8s.example:6443" },
  { name: "us-east", server: "https://us-east.k8s.example:6443" },
] as const;

function clusterSecretYaml(name: string, server: string): string {
  return `apiVersion: v1
kind: Secret
metadata:
  name: cluster-${name}
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: cluster
type: Opaque
stringData:
  name: ${name}
  server: ${server}
  config: '{"bearerToken":"sandbox-token-${name}","tlsClientConfig":{"insecure":false}}'
`;
}

function clusterKustomizationYaml(name: string, replicas: number): string {
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../apps/web
replicas:
  - name: web
    count: ${replicas}
patches:
  - patch: |-
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: web-config
      data:
        REGION: ${name}
`;
}

function applicationYaml(cluster: string): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: web-${cluster}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: ${SHOP_REPO}
    path: clusters/${cluster}
    targetRevision: main
  destination:
    name: ${cluster}
    namespace: shop
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
    syncOptions:
      - CreateNamespace=true
`;
}

const README = `# shop

One web app on two clusters, eu-west and us-east, from one repository. Argo CD runs on a
separate hub cluster and deploys to both.

\`\`\`
apps/web/              the app, the same everywhere
clusters/eu-west/      what eu-west runs: apps/web with 2 replicas and REGION=eu-west
clusters/us-east/      what us-east runs: apps/web with 3 replicas and REGION=us-east
argocd/                one Argo CD Application per cluster
\`\`\`

Each Application names its cluster with \`destination.name\`. Argo CD knows the clusters
from Secrets in its \`argocd\` namespace (created by \`argocd cluster add\`): they hold each
cluster's API server URL and credentials, so they are not in this repository.

Try it: change the replica count of one cluster only, then a setting in \`apps/web/\` that
reaches both.
`;

const repositoryFiles: Record<string, string> = {
  "README.md": README,
  "apps/web/kustomization.yaml": plainKustomizationYaml(["configmap.yaml", "deployment.yaml", "service.yaml"]),
  "apps/web/configmap.yaml": configMapYaml("Hello from Git"),
  "apps/web/deployment.yaml": deploymentYaml({ replicas: 1, image: "nginx:1.27" }),
  "apps/web/service.yaml": SERVICE_YAML,
  "clusters/eu-west/kustomization.yaml": clusterKustomizationYaml("eu-west", 2),
  "argocd/web-eu-west.yaml": applicationYaml("eu-west"),
};

export const twoClusters: Scenario = {
  id: "two-clusters",
  title: "Two clusters from one repository",
  summary: "Argo CD on a hub cluster deploys the web app to eu-west and us-east, registered as cluster Secrets; each cluster has its own small kustomize overlay.",
  seed: "two-clusters",
  repositories: [
    {
      url: SHOP_REPO,
      files: repositoryFiles,
      history: [
        {
          message: "Deploy web to us-east too",
          files: { "clusters/us-east/kustomization.yaml": clusterKustomizationYaml("us-east", 1), "argocd/web-us-east.yaml": applicationYaml("us-east") },
        },
        { message: "Scale us-east to 3 replicas", files: { "clusters/us-east/kustomization.yaml": clusterKustomizationYaml("us-east", 3) } },
      ],
    },
  ],
  clusters: { "eu-west": {}, "us-east": {} },
  bootstrap: [
    ...CLUSTERS.map((cluster) => clusterSecretYaml(cluster.name, cluster.server)),
    ...CLUSTERS.map((cluster) => applicationYaml(cluster.name)),
  ],
  warmUpSeconds: 30,
  openFile: { repo: SHOP_REPO, path: "clusters/eu-west/kustomization.yaml" },
};
