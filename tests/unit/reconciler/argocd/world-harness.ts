// A world with a real git repository (lib/git on memfs), the GitOps CRDs and one Application.
import { createFsFromVolume, Volume } from "memfs";
import { parse } from "yaml";
import { commit, createRepository, writeFile, type GitContext, type GitFs } from "@/lib/git";
import { listObjects } from "@/lib/kube/list-objects";
import { repositoryGitSource } from "@/lib/reconciler/source/repository-git-source";
import { advanceWorld } from "@/lib/reconciler/world/advance-world";
import { applyToCluster } from "@/lib/reconciler/world/apply-to-cluster";
import { gitopsCrds } from "@/lib/kube";
import { createWorld, HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";

export const REPO_URL = "https://git.example/shop.git";

export function memoryRepository(): GitContext {
  let clock = Date.UTC(2026, 0, 1);
  return {
    fs: createFsFromVolume(new Volume()) as unknown as GitFs,
    dir: "/repo",
    clock: () => (clock += 1_000),
    author: { name: "Learner", email: "learner@example.test" },
  };
}

/** A world bootstrapped with the GitOps CRDs and `objects`, over one real repository. */
export async function setUpWorld(files: Record<string, string>, objects: readonly string[], options: { seed: string; fieldManager: string }) {
  const repo = memoryRepository();
  await createRepository(repo, { files });
  const git = repositoryGitSource({ [REPO_URL]: repo });
  const bootstrapped = applyToCluster(createWorld({ seed: options.seed }), HUB_CLUSTER, [...gitopsCrds(), ...objects.map((text) => parse(text))], options.fieldManager);
  if (!bootstrapped.ok) throw new Error(bootstrapped.message);
  let world: WorldState = bootstrapped.world;
  return {
    repo,
    git,
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
    async commitFile(path: string, content: string, message = `Change ${path}`) {
      await writeFile(repo, { path, content });
      return commit(repo, { message, all: true });
    },
  };
}

export function setUp(files: Record<string, string>, application: string) {
  return setUpWorld(files, [application], { seed: "test", fieldManager: "kubectl-client-side-apply" });
}

export function appStatus(world: WorldState, name: string) {
  const app = world.clusters[HUB_CLUSTER].objects[`argoproj.io/Application/argocd/${name}`];
  const status = (app?.status ?? {}) as { sync?: { status: string; revision: string }; health?: { status: string }; operationState?: { phase: string; message: string } };
  return { sync: status.sync?.status, health: status.health?.status, revision: status.sync?.revision, operation: status.operationState?.phase };
}

export function pods(world: WorldState, namespace: string) {
  return listObjects(world.clusters[HUB_CLUSTER], { kind: "Pod", namespace });
}
