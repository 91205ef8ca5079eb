// The simulated clock: move every cluster and controller forward together, one simulated
// second at a time, so "what happens when" never depends on how fast the machine is.
import { advanceCluster, TICK_MS } from "@/lib/kube/advance";
import { listObjects } from "@/lib/kube/list-objects";
import { reconcileApplication } from "../argocd/reconcile-application";
import { reconcileApplicationSet } from "../argocd/reconcile-application-sets";
import { ARGOCD_NAMESPACE } from "../argocd/destination";
import type { GitSource } from "../source/git-source";
import { FLUX_NAMESPACE } from "../flux/flux-specs";
import { reconcileGitRepository } from "../flux/reconcile-git-repository";
import { reconcileKustomization } from "../flux/reconcile-kustomization";
import { runPushPipeline } from "../push/push-pipeline";
import { HUB_CLUSTER, type WorldState } from "./world-state";

/** Flux: sources first, so a Kustomization sees a new artifact in the same pass. */
async function runFlux(input: WorldState, git: GitSource): Promise<WorldState> {
  let world = input;
  for (const repository of listObjects(world.clusters[HUB_CLUSTER], { group: "source.toolkit.fluxcd.io", kind: "GitRepository", namespace: FLUX_NAMESPACE })) {
    world = await reconcileGitRepository(world, repository, git);
  }
  for (const { metadata } of listObjects(world.clusters[HUB_CLUSTER], { group: "kustomize.toolkit.fluxcd.io", kind: "Kustomization", namespace: FLUX_NAMESPACE })) {
    const current = world.clusters[HUB_CLUSTER].objects[`kustomize.toolkit.fluxcd.io/Kustomization/${FLUX_NAMESPACE}/${metadata.name}`];
    if (current) world = reconcileKustomization(world, current);
  }
  return world;
}

async function runPipelines(input: WorldState, git: GitSource): Promise<WorldState> {
  let world = input;
  for (const name of Object.keys(world.pipelines).sort()) {
    const result = await runPushPipeline(world, world.pipelines[name], git);
    world = { ...result.world, pipelines: { ...result.world.pipelines, [name]: result.pipeline } };
  }
  return world;
}

/** Runs every controller once at the world's current time. */
export async function runControllers(input: WorldState, git: GitSource): Promise<WorldState> {
  let world = await runPipelines(input, git);
  world = await runFlux(world, git);
  for (const set of listObjects(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "ApplicationSet", namespace: ARGOCD_NAMESPACE })) {
    world = await reconcileApplicationSet(world, set, git);
  }
  const apps = listObjects(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE });
  for (const app of apps) {
    // Read again: an earlier app of an app-of-apps may have just changed this one.
    const current = world.clusters[HUB_CLUSTER].objects[`argoproj.io/Application/${ARGOCD_NAMESPACE}/${app.metadata.name}`];
    if (current) world = await reconcileApplication(world, current, git);
  }
  return world;
}

function advanceClusters(world: WorldState, ms: number): WorldState {
  const clusters = Object.fromEntries(Object.keys(world.clusters).sort().map((name) => [name, advanceCluster(world.clusters[name], ms)]));
  return { ...world, clusters, now: world.now + ms };
}

/**
 * Advance simulated time by `ms`, running clusters and controllers at every second.
 * @example world = await advanceWorld(world, 60_000, git) // one simulated minute
 */
export async function advanceWorld(input: WorldState, ms: number, git: GitSource): Promise<WorldState> {
  return stepWorld(await runControllers(input, git), ms, git);
}

/**
 * Like advanceWorld without the controller pass at the starting time: stepping by a then by b
 * gives exactly the world of stepping by a + b (whole seconds), so the sandbox can merge the
 * clock's many small advances into one logged command and replay it identically.
 */
export async function stepWorld(input: WorldState, ms: number, git: GitSource): Promise<WorldState> {
  let world = input;
  let remaining = Math.max(0, Math.floor(ms));
  while (remaining > 0) {
    const step = Math.min(TICK_MS - (world.now % TICK_MS), remaining);
    world = advanceClusters(world, step);
    world = await runControllers(world, git);
    remaining -= step;
  }
  return world;
}
