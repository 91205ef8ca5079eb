// The "shop" web app every scenario deploys: an nginx Deployment, its Service and a ConfigMap,
// written the way a team would keep them in Git. The scenarios differ in how the app reaches
// the cluster (Argo CD, Flux, overlays per environment or per cluster), not in the app.

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
