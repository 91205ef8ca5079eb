import { parse } from "yaml";
import { createRepository } from "@/lib/git";
import { gitopsCrds } from "@/lib/kube";
import { repositoryGitSource } from "@/lib/reconciler/source/repository-git-source";
import { advanceWorld } from "@/lib/reconciler/world/advance-world";
import { applyToCluster } from "@/lib/reconciler/world/apply-to-cluster";
import { createWorld, HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { commit, writeFile } from "@/lib/git";
import { memoryRepository, REPO_URL } from "../argocd/world-harness";

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

export async function setUpFlux(files: Record<string, string>, objects: string[]) {
  const repo = memoryRepository();
  await createRepository(repo, { files });
  const git = repositoryGitSource({ [REPO_URL]: repo });
  const bootstrapped = applyToCluster(createWorld({ seed: "flux" }), HUB_CLUSTER, [...gitopsCrds(), ...objects.map((text) => parse(text))], "kubectl");
  if (!bootstrapped.ok) throw new Error(bootstrapped.message);
  let world: WorldState = bootstrapped.world;
  return {
    repo,
    get world() {
      return world;
    },
    set world(next: WorldState) {
      world = next;
    },
    async advance(ms: number) {
      world = await advanceWorld(world, ms, git);
      return world;
    },
    async commitFile(path: string, content: string) {
      await writeFile(repo, { path, content });
      return commit(repo, { message: `Change ${path}`, all: true });
    },
  };
}

export function ready(world: WorldState, name: string) {
  const object = world.clusters[HUB_CLUSTER].objects[`kustomize.toolkit.fluxcd.io/Kustomization/flux-system/${name}`];
  const status = (object?.status ?? {}) as { conditions?: { type: string; status: string; reason: string; message: string }[]; lastAppliedRevision?: string; history?: unknown[] };
  const condition = status.conditions?.find((entry) => entry.type === "Ready");
  return { status: condition?.status, reason: condition?.reason, message: condition?.message, lastAppliedRevision: status.lastAppliedRevision, history: status.history };
}
