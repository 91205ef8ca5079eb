// The "shop" web app every scenario deploys: an nginx Deployment, its Service and a ConfigMap,
// written the way a team would keep them in Git. The scenarios differ in how the app reaches
// the cluster (Argo CD, Flux, overlays per environment or per cluster), not in the app.
import type { ScenarioRepository } from "../scenario";

export const SHOP_REPO = "https://git.example/shop.git";

/** Argo CD's name and URL for the cluster it runs in. */
export const IN_CLUSTER_SERVER = "https://kubernetes.default.svc";

export function deploymentYaml(options: { replicas: number; image: string }): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: ${options.replicas}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ${options.image}
          ports:
            - containerPort: 80
          envFrom:
            - configMapRef:
                name: web-config
`;
}

export const SERVICE_YAML = `apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    app: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 80
`;

export function configMapYaml(greeting: string): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  GREETING: "${greeting}"
`;
}

/** A kustomization that lists plain files, nothing else. */
export function plainKustomizationYaml(resources: readonly string[]): string {
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
${resources.map((resource) => `  - ${resource}`).join("\n")}
`;
}

/**
 * The shop repository both single-app scenarios start from: the web app under apps/web, grown
 * over three commits (a Service added, then 2 replicas of nginx 1.27), plus the file that
 * declares the controller's object (an Argo CD Application or Flux's source and Kustomization).
 */
export function singleAppRepository(readme: string, controller: { path: string; yaml: string }): ScenarioRepository {
  return {
    url: SHOP_REPO,
    files: {
      "README.md": readme,
      "apps/web/kustomization.yaml": plainKustomizationYaml(["configmap.yaml", "deployment.yaml"]),
      "apps/web/configmap.yaml": configMapYaml("Hello from Git"),
      "apps/web/deployment.yaml": deploymentYaml({ replicas: 1, image: "nginx:1.26" }),
      [controller.path]: controller.yaml,
    },
    history: [
      {
        message: "Expose web with a Service",
        files: {
          "apps/web/kustomization.yaml": plainKustomizationYaml(["configmap.yaml", "deployment.yaml", "service.yaml"]),
          "apps/web/service.yaml": SERVICE_YAML,
        },
      },
      {
        message: "Run 2 replicas of nginx 1.27",
        files: { "apps/web/deployment.yaml": deploymentYaml({ replicas: 2, image: "nginx:1.27" }) },
      },
    ],
  };
}
