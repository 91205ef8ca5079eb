// Flux's source-controller: every interval (or when asked), resolve the GitRepository's ref and
// store an artifact of that revision for the Kustomizations that use it.
import type { KubeObject } from "@/lib/kube/types";
import { sha256Hex } from "@/lib/kustomize/sha256";
import type { GitSource } from "../source/git-source";
import type { WorldState } from "../world/world-state";
import { failed, succeeded, type Condition } from "./conditions";
import { readGitRepositorySpec } from "./flux-specs";
import { nextFluxRun } from "../refresh-schedule";
import { fluxEvent, reconcileRequested, writeFluxStatus } from "./write-flux-status";

export const SOURCE_CONTROLLER = "source-controller";

/** status.artifact as source-controller publishes it: where the tarball is served and its digest. */
function artifactStatus(object: KubeObject, sha: string, revision: string, at: string) {
  const path = `gitrepository/${object.metadata.namespace}/${object.metadata.name}/${sha}.tar.gz`;
  return {
    path,
    url: `http://source-controller.flux-system.svc.cluster.local./${path}`,
    revision,
    digest: `sha256:${sha256Hex(`${revision}\n${path}`)}`,
    lastUpdateTime: at,
  };
}

export async function reconcileGitRepository(input: WorldState, object: KubeObject, git: GitSource): Promise<WorldState> {
  let world = input;
  const key = `GitRepository/${object.metadata.name}`;
  const spec = readGitRepositorySpec(object);
  const requested = reconcileRequested(object);
  if (spec.suspend || (world.now < (world.flux.nextAt[key] ?? 0) && !requested)) return world;
  const status = (object.status ?? {}) as { conditions?: Condition[] };
  const at = new Date(world.now).toISOString();
  const generation = object.metadata.generation ?? 1;
  const read = await git.read(spec.url, spec.ref);
  const nextAt = { ...world.flux.nextAt, [key]: nextFluxRun({ seed: world.seed, object: key, at: world.now, intervalMs: spec.intervalMs }) };
  if (!read.ok) {
    const message = `failed to checkout and determine revision: ${read.message}`;
    const conditions = failed(status.conditions ?? [], { reason: "ReconciliationFailed", message }, at, generation);
    world = { ...world, flux: { ...world.flux, nextAt } };
    world = fluxEvent(world, SOURCE_CONTROLLER, object, "Warning", "GitOperationFailed", message);
    return writeFluxStatus(world, object, { ...status, conditions, observedGeneration: generation, ...(requested ? { lastHandledReconcileAt: requested } : {}) }, SOURCE_CONTROLLER);
  }
  const revision = `${spec.refLabel === "sha1" ? "" : `${spec.refLabel}@`}sha1:${read.sha}`;
  const previous = world.flux.artifacts[object.metadata.name];
  world = { ...world, flux: { ...world.flux, nextAt, artifacts: { ...world.flux.artifacts, [object.metadata.name]: { revision, sha: read.sha, files: Object.fromEntries(read.files) } } } };
  if (previous?.revision !== revision) world = fluxEvent(world, SOURCE_CONTROLLER, object, "Normal", "NewArtifact", `stored artifact for revision '${revision}'`);
  const conditions = succeeded(status.conditions ?? [], at, generation, revision).map((condition) =>
    condition.type === "Ready" ? { ...condition, reason: "Succeeded", message: `stored artifact for revision '${revision}'` } : condition,
  );
  return writeFluxStatus(
    world,
    object,
    { ...status, conditions, artifact: artifactStatus(object, read.sha, revision, at), observedGeneration: generation, ...(requested ? { lastHandledReconcileAt: requested } : {}) },
    SOURCE_CONTROLLER,
  );
}
