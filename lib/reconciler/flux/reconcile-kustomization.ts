// Flux's kustomize-controller, one Kustomization at a time (docs/spec/v1/kustomizations.md):
// reconcile every interval, when its source has a new artifact, or when requestedAt asks;
// suspended objects are left alone (no drift correction either); dependsOn waits for Ready;
// build, apply, prune through the inventory; with wait/healthChecks, Ready only once healthy
// within the timeout. Failures retry after retryInterval.
import type { KubeObject } from "@/lib/kube/types";
import type { Manifest } from "../manifest";
import { renderSource } from "../source/render-source";
import { nextFluxRun } from "../refresh-schedule";
import { HUB_CLUSTER, type WorldState } from "../world/world-state";
import { desiredObjects } from "../argocd/desired-objects";
import { applyKustomization, KUSTOMIZE_CONTROLLER } from "./apply-kustomization";
import { failed, type Condition, type FluxFailureReason } from "./conditions";
import { FLUX_NAMESPACE, readKustomizationSpec, type KustomizationSpec } from "./flux-specs";
import type { InventoryEntry } from "./inventory";
import { finishKustomization } from "./finish-kustomization";
import { fluxEvent, reconcileRequested, writeFluxStatus } from "./write-flux-status";

/** Flux requeues a Kustomization whose dependencies are not ready after 30 s (--requeue-dependency). */
export const DEPENDENCY_REQUEUE_MS = 30_000;

interface KustomizationStatus {
  conditions?: Condition[];
  inventory?: { entries: InventoryEntry[] };
  [field: string]: unknown;
}

function fail(world: WorldState, object: KubeObject, spec: KustomizationSpec, reason: FluxFailureReason, message: string, retryMs: number, revision?: string): WorldState {
  const status = (object.status ?? {}) as KustomizationStatus;
  const key = `Kustomization/${object.metadata.name}`;
  const conditions = failed(status.conditions ?? [], { reason, message }, new Date(world.now).toISOString(), object.metadata.generation ?? 1);
  const requested = reconcileRequested(object);
  let next: WorldState = { ...world, flux: { ...world.flux, nextAt: { ...world.flux.nextAt, [key]: nextFluxRun({ seed: world.seed, object: key, at: world.now, intervalMs: retryMs }) }, ...(revision ? { attempted: { ...world.flux.attempted, [key]: revision } } : {}) } };
  next = fluxEvent(next, KUSTOMIZE_CONTROLLER, object, "Warning", reason, message);
  return writeFluxStatus(next, object, { ...status, conditions, ...(revision ? { lastAttemptedRevision: revision } : {}), ...(requested ? { lastHandledReconcileAt: requested } : {}) }, KUSTOMIZE_CONTROLLER);
}

function dependencyNotReady(world: WorldState, spec: KustomizationSpec): string | undefined {
  for (const name of spec.dependsOn) {
    const dependency = world.clusters[HUB_CLUSTER].objects[`kustomize.toolkit.fluxcd.io/Kustomization/${FLUX_NAMESPACE}/${name}`];
    const ready = ((dependency?.status as KustomizationStatus | undefined)?.conditions ?? []).find((condition) => condition.type === "Ready");
    if (ready?.status !== "True") return `dependency '${FLUX_NAMESPACE}/${name}' is not ready`;
  }
  return undefined;
}

export function reconcileKustomization(world: WorldState, object: KubeObject): WorldState {
  const spec = readKustomizationSpec(object);
  if (spec.suspend) return world;
  const key = `Kustomization/${object.metadata.name}`;
  if (world.flux.waiting[key]) return finishKustomization(world, object, spec);
  const artifact = world.flux.artifacts[spec.sourceName];
  const due = world.now >= (world.flux.nextAt[key] ?? 0) || (artifact && world.flux.attempted[key] !== artifact.revision) || reconcileRequested(object) !== undefined;
  if (!due) return world;
  if (!artifact) return fail(world, object, spec, "ArtifactFailed", `Source artifact not found, retrying in ${spec.retryIntervalMs / 1000}s`, spec.retryIntervalMs);
  const dependency = dependencyNotReady(world, spec);
  if (dependency) return fail(world, object, spec, "DependencyNotReady", dependency, DEPENDENCY_REQUEUE_MS);
  // Flux builds a directory without kustomization.yaml by generating one over all its manifests, recursively.
  const rendered = renderSource(new Map(Object.entries(artifact.files)), spec.path, { recurse: true });
  if (!rendered.ok) return fail(world, object, spec, "BuildFailed", rendered.message, spec.retryIntervalMs, artifact.revision);
  const cluster = world.clusters[HUB_CLUSTER];
  const placed = spec.targetNamespace
    ? desiredObjects(cluster, rendered.manifests.map((m) => ({ ...m, metadata: { ...m.metadata, namespace: undefined } })), spec.targetNamespace).resources
    : rendered.manifests;
  const previous = ((object.status ?? {}) as KustomizationStatus).inventory?.entries ?? [];
  const applied = applyKustomization(cluster, placed as Manifest[], previous, { name: object.metadata.name, namespace: object.metadata.namespace ?? FLUX_NAMESPACE, prune: spec.prune });
  if (applied.error) return fail(world, object, spec, "ReconciliationFailed", applied.error, spec.retryIntervalMs, artifact.revision);
  let next: WorldState = { ...world, clusters: { ...world.clusters, [HUB_CLUSTER]: applied.cluster } };
  if (applied.changes.length > 0) next = fluxEvent(next, KUSTOMIZE_CONTROLLER, object, "Normal", "Progressing", applied.changes.join("\n"));
  const status = { ...((object.status ?? {}) as KustomizationStatus), inventory: { entries: applied.inventory } };
  next = writeFluxStatus(next, object, status, KUSTOMIZE_CONTROLLER);
  const current = next.clusters[HUB_CLUSTER].objects[`kustomize.toolkit.fluxcd.io/Kustomization/${object.metadata.namespace}/${object.metadata.name}`];
  next = { ...next, flux: { ...next.flux, waiting: { ...next.flux.waiting, [key]: { since: world.now, revision: artifact.revision, digest: "", objects: placed as Manifest[] } } } };
  return finishKustomization(next, current, spec);
}
