// Scenario: the same web app delivered by Flux — a GitRepository source polled every minute and
// a Kustomization that applies apps/web every five, prunes what Git drops and waits for health.
import type { Scenario } from "../scenario";
import { SHOP_REPO, singleAppRepository } from "./shop-manifests";

const FLUX_YAML = `apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: shop
  namespace: flux-system
spec:
  url: ${SHOP_REPO}
  interval: 1m
  ref:
    branch: main
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: web
  namespace: flux-system
spec:
  interval: 5m
  sourceRef:
    kind: GitRepository
    name: shop
  path: ./apps/web
  targetNamespace: shop
  prune: true
  wait: true
  timeout: 2m
`;

const README = `# shop

The web shop's deployment repository. Flux watches it and makes the cluster match.

\`\`\`
apps/web/              what runs in the cluster (namespace shop)
  kustomization.yaml     the list of files Flux applies
  deployment.yaml        the nginx Deployment: replicas and image
  service.yaml           the Service in front of it
  configmap.yaml         settings passed to the containers
clusters/in-cluster/
  web.yaml               Flux's GitRepository "shop" and Kustomization "web"
\`\`\`

\`clusters/in-cluster/web.yaml\` was applied once when the cluster was set up. Since then:

- the GitRepository \`shop\` fetches \`main\` every minute;
- the Kustomization \`web\` applies \`./apps/web\` into the \`shop\` namespace every five minutes
  (and as soon as a new commit arrives), deletes what you remove (\`prune\`) and waits for the
  workloads to become ready (\`wait\`). Changes made by hand are reverted at the next run.

Try it: change \`replicas\` in \`apps/web/deployment.yaml\`, commit, and run
\`flux reconcile kustomization web --with-source\`.
`;

export const fluxSingleApp: Scenario = {
  id: "flux-single-app",
  title: "One app with Flux",
  summary: "The same nginx web app, delivered by Flux: a GitRepository polled every minute and a Kustomization that applies, prunes and waits for health.",
  seed: "flux-single-app",
  repositories: [singleAppRepository(README, { path: "clusters/in-cluster/web.yaml", yaml: FLUX_YAML })],
  bootstrap: [FLUX_YAML],
  warmUpSeconds: 30,
  openFile: { repo: SHOP_REPO, path: "apps/web/deployment.yaml" },
};
