// Push-based delivery, for contrast with GitOps (module 3.1): a CI pipeline outside the
// cluster, holding cluster credentials, runs `kubectl apply` once for every new commit on its
// branch — and never looks at the cluster again. Drift stays until the next push; nothing is
// pruned; the cluster cannot say which commit it runs.
import { renderSource } from "../source/render-source";
import type { GitSource } from "../source/git-source";
import { applyToCluster } from "../world/apply-to-cluster";
import { withEvent, type WorldState } from "../world/world-state";
import { desiredObjects } from "../argocd/desired-objects";

export const CI_FIELD_MANAGER = "ci-pipeline";

export interface PushPipeline {
  name: string;
  repoURL: string;
  branch: string;
  path: string;
  cluster: string;
  namespace: string;
  /** The last commit the pipeline deployed, and how many runs it made. */
  lastDeployedSha?: string;
  runs: number;
}

function pipelineEvent(world: WorldState, pipeline: PushPipeline, type: "Normal" | "Warning", reason: string, message: string): WorldState {
  return withEvent(world, { source: CI_FIELD_MANAGER, cluster: pipeline.cluster, object: `Pipeline/${pipeline.name}`, type, reason, message });
}

/** One pipeline: deploy the branch head if it is a commit the pipeline has not run for. */
export async function runPushPipeline(input: WorldState, pipeline: PushPipeline, git: GitSource): Promise<{ world: WorldState; pipeline: PushPipeline }> {
  const sha = await git.resolve(pipeline.repoURL, pipeline.branch);
  if (!sha || sha === pipeline.lastDeployedSha) return { world: input, pipeline };
  const run = pipeline.runs + 1;
  const next: PushPipeline = { ...pipeline, lastDeployedSha: sha, runs: run };
  const read = await git.read(pipeline.repoURL, sha);
  if (!read.ok) return { world: pipelineEvent(input, next, "Warning", "PipelineFailed", `run #${run}: ${read.message}`), pipeline: next };
  const rendered = renderSource(read.files, pipeline.path, { recurse: true });
  if (!rendered.ok) return { world: pipelineEvent(input, next, "Warning", "PipelineFailed", `run #${run} for ${sha.slice(0, 7)} failed: ${rendered.message}`), pipeline: next };
  const placed = desiredObjects(input.clusters[pipeline.cluster], rendered.manifests, pipeline.namespace).resources;
  const applied = applyToCluster(input, pipeline.cluster, placed, CI_FIELD_MANAGER);
  if (!applied.ok) return { world: pipelineEvent(input, next, "Warning", "PipelineFailed", `run #${run} for ${sha.slice(0, 7)} failed: kubectl apply: ${applied.message}`), pipeline: next };
  return {
    world: pipelineEvent(applied.world, next, "Normal", "PipelineSucceeded", `run #${run} applied ${placed.length} object(s) for commit ${sha.slice(0, 7)}`),
    pipeline: next,
  };
}
