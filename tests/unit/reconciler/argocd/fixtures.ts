// Manifests shared by the Argo CD scenarios.
export const deploymentYaml = (replicas: number, image = "nginx:1.27", extra = "") => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web${extra}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: ${image}
`;

export const serviceYaml = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
`;

export const configMapYaml = (name: string, annotations = "") => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
${annotations ? `  annotations:\n${annotations}` : ""}data:
  mode: demo
`;

export const applicationYaml = (options: { automated?: string; name?: string; path?: string; project?: string; server?: string; extraSpec?: string } = {}) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${options.name ?? "web"}
  namespace: argocd
spec:
  project: ${options.project ?? "default"}
  source:
    repoURL: https://git.example/shop.git
    path: ${options.path ?? "apps/web"}
    targetRevision: main
  destination:
    server: ${options.server ?? "https://kubernetes.default.svc"}
    namespace: shop
${options.automated ? `  syncPolicy:\n    automated: ${options.automated}\n` : ""}${options.extraSpec ?? ""}`;

export const WEB_DEPLOYMENT = { group: "apps", kind: "Deployment", namespace: "shop", name: "web" };

/** What `kubectl scale deployment/web --replicas=N` does to the live object. */
export const scaleTo = (replicas: number) => (live: import("@/lib/kube").KubeObject) => ({ ...live, spec: { ...live.spec, replicas } });
