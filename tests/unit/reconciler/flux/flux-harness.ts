import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { REPO_URL, setUpWorld } from "../argocd/world-harness";

export const gitRepositoryYaml = (interval = "1m") => `apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: shop
  namespace: flux-system
spec:
  url: ${REPO_URL}
  interval: ${interval}
  ref:
    branch: main
`;

export const kustomizationYaml = (name: string, path: string, extra = "") => `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: ${name}
  namespace: flux-system
spec:
  interval: 5m
  path: ${path}
  prune: true
  sourceRef:
    kind: GitRepository
    name: shop
  targetNamespace: shop
${extra}`;

export function setUpFlux(files: Record<string, string>, objects: string[]) {
  return setUpWorld(files, objects, { seed: "flux", fieldManager: "kubectl" });
}

export function ready(world: WorldState, name: string) {
  const object = world.clusters[HUB_CLUSTER].objects[`kustomize.toolkit.fluxcd.io/Kustomization/flux-system/${name}`];
  const status = (object?.status ?? {}) as { conditions?: { type: string; status: string; reason: string; message: string }[]; lastAppliedRevision?: string; history?: unknown[] };
  const condition = status.conditions?.find((entry) => entry.type === "Ready");
  return { status: condition?.status, reason: condition?.reason, message: condition?.message, lastAppliedRevision: status.lastAppliedRevision, history: status.history };
}
