// A scenario booted the way the sandbox worker boots it: one empty repository per URL on memfs,
// git's clock reading the simulated clock, then bootstrapScenario.
import { createFsFromVolume, Volume } from "memfs";
import { commit, writeFile, type GitContext, type GitFs } from "@/lib/git";
import { DEFAULT_START_TIME, listObjects, type KubeObject } from "@/lib/kube";
import { refreshApplication } from "@/lib/reconciler/argocd/app-commands";
import { repositoryGitSource } from "@/lib/reconciler/source/repository-git-source";
import { advanceWorld } from "@/lib/reconciler/world/advance-world";
import { patchLive } from "@/lib/reconciler/world/patch-live";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { bootstrapScenario } from "@/lib/sandbox/bootstrap-scenario";
import type { Scenario } from "@/lib/sandbox/scenario";
import { findScenario } from "@/lib/sandbox/scenarios";

export const SHOP = "https://git.example/shop.git";

export async function bootScenario(scenarioOrId: Scenario | string) {
  const scenario = typeof scenarioOrId === "string" ? findScenario(scenarioOrId) : scenarioOrId;
  if (!scenario) throw new Error(`no scenario ${String(scenarioOrId)}`);
  let world: WorldState | undefined;
  const clock = () => world?.now ?? DEFAULT_START_TIME;
  const fs = createFsFromVolume(new Volume()) as unknown as GitFs;
  const contexts: Record<string, GitContext> = Object.fromEntries(
    scenario.repositories.map((repository, index) => [repository.url, { fs, dir: `/repos/${index}`, clock, author: { name: "Learner", email: "learner@example.test" } }]),
  );
  world = await bootstrapScenario(scenario, contexts);
  const git = repositoryGitSource(contexts);
  return {
    scenario,
    contexts,
    git,
    get world(): WorldState {
      return world!;
    },
    set world(next: WorldState) {
      world = next;
    },
    async advance(ms: number) {
      world = await advanceWorld(world!, ms, git);
      return world;
    },
    async commitFile(path: string, content: string, repo = SHOP) {
      await writeFile(contexts[repo], { path, content });
      return commit(contexts[repo], { message: `Change ${path}`, all: true });
    },
    refresh(app: string) {
      const result = refreshApplication(world!, app);
      if (!result.ok) throw new Error(result.message);
      world = result.world;
    },
    patch(cluster: string, key: { group: string; kind: string; namespace: string; name: string }, change: (live: KubeObject) => KubeObject, manager: string) {
      const result = patchLive(world!, cluster, key, change, manager);
      if (!result.ok) throw new Error(result.message);
      world = result.world;
    },
  };
}

/** The files of a scenario repository after its whole seed history. */
export function finalFiles(scenario: Scenario, url = SHOP): Record<string, string> {
  const repository = scenario.repositories.find((entry) => entry.url === url)!;
  const files: Record<string, string> = { ...repository.files };
  for (const step of repository.history ?? []) {
    for (const [path, content] of Object.entries(step.files)) {
      if (content === null) delete files[path];
      else files[path] = content;
    }
  }
  return files;
}

export function appSummary(world: WorldState, name: string) {
  const app = world.clusters[HUB_CLUSTER].objects[`argoproj.io/Application/argocd/${name}`];
  const status = (app?.status ?? {}) as { sync?: { status: string; revision: string }; health?: { status: string }; operationState?: { phase: string } };
  return { sync: status.sync?.status, health: status.health?.status, revision: status.sync?.revision, operation: status.operationState?.phase };
}

export function fluxReady(world: WorldState, kind: "Kustomization" | "GitRepository", name: string) {
  const group = kind === "Kustomization" ? "kustomize.toolkit.fluxcd.io" : "source.toolkit.fluxcd.io";
  const object = world.clusters[HUB_CLUSTER].objects[`${group}/${kind}/flux-system/${name}`];
  return ((object?.status ?? {}) as { conditions?: { type: string; status: string }[] }).conditions?.find((condition) => condition.type === "Ready")?.status;
}

/** Pods of a namespace as "phase/ready image". */
export function podSummaries(world: WorldState, cluster: string, namespace: string): string[] {
  return listObjects(world.clusters[cluster], { kind: "Pod", namespace }).map((pod) => {
    const status = (pod.status ?? {}) as { phase?: string; conditions?: { type: string; status: string }[] };
    const ready = status.conditions?.some((condition) => condition.type === "Ready" && condition.status === "True") ? "ready" : "not-ready";
    const image = ((pod.spec ?? {}) as { containers: { image: string }[] }).containers[0].image;
    return `${status.phase}/${ready} ${image}`;
  });
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not found`);
  return index + 1;
}
