// Writing to a cluster from outside the controllers: a bootstrap, a learner's kubectl, a CI
// pipeline. Each write names its field manager, so later diffs can say who changed what.
import { applyObject } from "@/lib/kube/apply";
import { withEvent, type WorldState } from "./world-state";

export type ApplyOutcome = { ok: true; world: WorldState } | { ok: false; world: WorldState; message: string };

/** @example applyToCluster(world, "in-cluster", [deployment], "kubectl-client-side-apply") */
export function applyToCluster(input: WorldState, cluster: string, manifests: readonly unknown[], fieldManager: string): ApplyOutcome {
  let world = input;
  let state = world.clusters[cluster];
  if (!state) return { ok: false, world, message: `there is no cluster named ${cluster}` };
  for (const manifest of manifests) {
    const result = applyObject(state, manifest, { fieldManager });
    if (!result.ok) return { ok: false, world, message: result.error.message };
    state = result.state;
    const object = result.object;
    if (result.action !== "unchanged") {
      world = withEvent(world, {
        source: fieldManager,
        cluster,
        object: `${object.kind}/${object.metadata.namespace ? `${object.metadata.namespace}/` : ""}${object.metadata.name}`,
        type: "Normal",
        reason: result.action === "created" ? "Created" : "Updated",
        message: `${object.kind.toLowerCase()}/${object.metadata.name} ${result.action === "created" ? "created" : "configured"}`,
      });
    }
  }
  return { ok: true, world: { ...world, clusters: { ...world.clusters, [cluster]: state } } };
}
