// Scenario: one app delivered by one Argo CD Application — the smallest complete GitOps loop.
// The end-to-end test edits apps/web/deployment.yaml here (replicas), commits and refreshes.
import type { Scenario } from "../scenario";
import { IN_CLUSTER_SERVER, SHOP_REPO, singleAppRepository } from "./shop-manifests";

const APPLICATION_YAML = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: web
  namespace: argocd
spec:
  project: default
  source:
    repoURL: ${SHOP_REPO}
    path: apps/web
    targetRevision: main
  destination:
    server: ${IN_CLUSTER_SERVER}
    namespace: shop
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
    syncOptions:
      - CreateNamespace=true
`;

const README = `# shop

The web shop's deployment repository. Argo CD watches it and makes the cluster match.

\`\`\`
apps/web/            what runs in the cluster (namespace shop)
  kustomization.yaml   the list of files Argo CD renders
  deployment.yaml      the nginx Deployment: replicas and image
  service.yaml         the Service in front of it
  configmap.yaml       settings passed to the containers
argocd/web.yaml      the Argo CD Application that points at apps/web
\`\`\`

\`argocd/web.yaml\` was applied once with \`kubectl apply\` when the cluster was set up. From then
on, every commit to \`main\` under \`apps/web/\` is deployed by Argo CD: it syncs on its own
(\`automated\`), deletes what you remove (\`prune\`) and undoes changes made by hand
(\`selfHeal\`).

Try it: change \`replicas\` in \`apps/web/deployment.yaml\`, commit, and refresh the app.
`;

export const argocdSingleApp: Scenario = {
  id: "argocd-single-app",
  title: "One app with Argo CD",
  summary: "An nginx web app in the shop namespace, deployed by one Argo CD Application that syncs automatically, prunes and self-heals.",
  seed: "argocd-single-app",
  repositories: [singleAppRepository(README, { path: "argocd/web.yaml", yaml: APPLICATION_YAML })],
  bootstrap: [APPLICATION_YAML],
  warmUpSeconds: 30,
  openFile: { repo: SHOP_REPO, path: "apps/web/deployment.yaml" },
};
