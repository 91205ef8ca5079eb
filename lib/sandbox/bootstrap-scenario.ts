// A scenario's starting world: its repositories committed, the GitOps CRDs and bootstrap
// objects applied the way an operator would (`kubectl apply`), then the simulated clock run
// for the warm-up so the first syncs have happened before the learner looks. Deterministic:
// the same scenario and empty contexts give the same SHAs and the same world.
import { createRepository, type GitContext } from "@/lib/git";
import { gitopsCrds, parseManifests } from "@/lib/kube";
import { repositoryGitSource } from "@/lib/reconciler/source/repository-git-source";
import { advanceWorld } from "@/lib/reconciler/world/advance-world";
import { applyToCluster } from "@/lib/reconciler/world/apply-to-cluster";
import { createWorld, HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import type { Scenario } from "./scenario";

/** The field manager of a plain `kubectl apply`, so later diffs name it. */
export const BOOTSTRAP_FIELD_MANAGER = "kubectl-client-side-apply";

function parseDocuments(scenario: Scenario, where: string, texts: readonly string[]): unknown[] {
  return texts.flatMap((text, index) => {
    const parsed = parseManifests(text);
    if (parsed.errors.length > 0) throw new Error(`Scenario ${scenario.id}: ${where} document ${index + 1} is not valid YAML: ${parsed.errors[0].message}`);
    return parsed.objects;
  });
}

function applyOrThrow(scenario: Scenario, world: WorldState, cluster: string, objects: readonly unknown[]): WorldState {
  const outcome = applyToCluster(world, cluster, objects, BOOTSTRAP_FIELD_MANAGER);
  if (!outcome.ok) throw new Error(`Scenario ${scenario.id}: cannot apply its objects to cluster ${cluster}: ${outcome.message}`);
  return outcome.world;
}

/**
 * @param contexts an empty GitContext per repository URL of the scenario (fs and clock supplied by the caller).
 * @example const world = await bootstrapScenario(findScenario("argocd-single-app")!, { [SHOP_REPO]: repo })
 */
export async function bootstrapScenario(scenario: Scenario, contexts: Readonly<Record<string, GitContext>>): Promise<WorldState> {
  for (const repository of scenario.repositories) {
    const context = contexts[repository.url];
    if (!context) throw new Error(`Scenario ${scenario.id}: no git context was given for ${repository.url}`);
    await createRepository(context, {
      files: repository.files,
      history: (repository.history ?? []).map((entry) => ({ message: entry.message, changes: entry.files })),
    });
  }
  let world = createWorld({ seed: scenario.seed, clusters: scenario.clusters });
  world = applyOrThrow(scenario, world, HUB_CLUSTER, [...gitopsCrds(), ...parseDocuments(scenario, "bootstrap", scenario.bootstrap)]);
  for (const cluster of Object.keys(scenario.clusterObjects ?? {}).sort()) {
    if (!world.clusters[cluster]) throw new Error(`Scenario ${scenario.id}: clusterObjects names cluster ${cluster}, which it does not declare`);
    world = applyOrThrow(scenario, world, cluster, parseDocuments(scenario, `${cluster} object`, scenario.clusterObjects![cluster]));
  }
  return advanceWorld(world, (scenario.warmUpSeconds ?? 0) * 1000, repositoryGitSource(contexts));
}
