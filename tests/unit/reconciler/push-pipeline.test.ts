import { expect, test } from "vitest";
import { createRepository } from "@/lib/git";
import { repositoryGitSource } from "@/lib/reconciler/source/repository-git-source";
import { advanceWorld } from "@/lib/reconciler/world/advance-world";
import { patchLive } from "@/lib/reconciler/world/patch-live";
import { createWorld, HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { commit, writeFile } from "@/lib/git";
import { deploymentYaml, scaleTo, WEB_DEPLOYMENT } from "./argocd/fixtures";
import { memoryRepository, REPO_URL } from "./argocd/world-harness";

const replicas = (world: WorldState) => (world.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"]?.spec as { replicas?: number } | undefined)?.replicas;

test("push mode: the pipeline applies each new commit once and never corrects drift", async () => {
  const repo = memoryRepository();
  await createRepository(repo, { files: { "deploy/deployment.yaml": deploymentYaml(2) } });
  const git = repositoryGitSource({ [REPO_URL]: repo });
  let world = createWorld({ seed: "push" });
  world = { ...world, pipelines: { deploy: { name: "deploy", repoURL: REPO_URL, branch: "main", path: "deploy", cluster: HUB_CLUSTER, namespace: "shop", runs: 0 } } };
  world = await advanceWorld(world, 2_000, git);
  expect(replicas(world)).toBe(2);

  world = (patchLive(world, HUB_CLUSTER, WEB_DEPLOYMENT, scaleTo(8), "kubectl-scale") as { world: WorldState }).world;
  world = await advanceWorld(world, 3_600_000, git);
  expect(replicas(world)).toBe(8); // an hour later the drift is still there

  await writeFile(repo, { path: "deploy/deployment.yaml", content: deploymentYaml(3) });
  await commit(repo, { message: "Scale to 3", all: true });
  world = await advanceWorld(world, 2_000, git);
  expect(replicas(world)).toBe(3);
  expect(world.events.filter((event) => event.reason === "PipelineSucceeded").map((event) => event.message)).toEqual([
    expect.stringMatching(/^run #1 applied 1 object\(s\) for commit [0-9a-f]{7}$/),
    expect.stringMatching(/^run #2 applied 1 object\(s\) for commit [0-9a-f]{7}$/),
  ]);
});
