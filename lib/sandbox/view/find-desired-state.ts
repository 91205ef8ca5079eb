// Which GitOps tool manages a live object, and what Git wants it to be: the Argo CD
// Application whose last rendering (world.argo[app].rendered) declares it — or tracks it
// without declaring it any more (an orphan awaiting prune) — else the Flux Kustomization whose
// source artifact renders it or whose inventory lists it.
import { getObject, listObjects, type KubeObject } from "@/lib/kube";
import { readApplicationSpec } from "@/lib/reconciler/argocd/application-spec";
import { desiredObjects } from "@/lib/reconciler/argocd/desired-objects";
import { ARGOCD_NAMESPACE } from "@/lib/reconciler/argocd/destination";
import type { ResourceStatus } from "@/lib/reconciler/argocd/resource-status";
import { trackedBy } from "@/lib/reconciler/argocd/tracking";
import { readGitRepositorySpec, readKustomizationSpec } from "@/lib/reconciler/flux/flux-specs";
import { parseInventoryId } from "@/lib/reconciler/flux/inventory";
import type { IgnoreDifferencesRule } from "@/lib/reconciler/ignore-differences";
import { resourceKey, type Manifest } from "@/lib/reconciler/manifest";
import { renderSource } from "@/lib/reconciler/source/render-source";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import type { ObjectId } from "../commands";
import { destinationCluster } from "./application-views";

export interface DesiredState {
  tool: "argocd" | "flux";
  /** The Application or Kustomization's name. */
  manager: string;
  /** Undefined when the tool manages the object but Git no longer declares it. */
  desired?: Manifest;
  lastApplied?: Manifest;
  ignoreDifferences: readonly IgnoreDifferencesRule[];
  sourceFiles: ReadonlyArray<readonly [string, string]>;
  repoURL: string;
  /** Argo CD's own verdict from the app's status.resources. */
  sync?: ResourceStatus["status"];
  /** Flux only: whether the Kustomization prunes what Git drops. */
  prune?: boolean;
}

/** The reconciler's pairing key for an object id (group/kind/namespace/name). */
export function keyOfId(object: ObjectId): string {
  return `${object.group}/${object.kind}/${object.namespace ?? ""}/${object.name}`;
}

const byName = (a: KubeObject, b: KubeObject) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);

function fromArgo(world: WorldState, cluster: string, object: ObjectId, live: KubeObject | undefined): DesiredState | undefined {
  const key = keyOfId(object);
  const apps = listObjects(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE }).sort(byName);
  for (const app of apps) {
    const destination = destinationCluster(world, app);
    const memory = world.argo[app.metadata.name];
    if (!destination.resolved || destination.cluster !== cluster || !memory?.rendered) continue;
    const spec = readApplicationSpec(app);
    const desired = desiredObjects(world.clusters[cluster], memory.rendered.manifests, spec.destination.namespace).resources.find((manifest) => resourceKey(manifest) === key);
    if (!desired && !(live && trackedBy(live) === app.metadata.name)) continue;
    const row = ((app.status ?? {}) as { resources?: ResourceStatus[] }).resources?.find((entry) => `${entry.group}/${entry.kind}/${entry.namespace}/${entry.name}` === key);
    return {
      tool: "argocd",
      manager: app.metadata.name,
      ...(desired ? { desired } : {}),
      ...(memory.lastApplied[key] ? { lastApplied: memory.lastApplied[key] } : {}),
      ignoreDifferences: spec.ignoreDifferences,
      sourceFiles: memory.rendered.sourceFiles,
      repoURL: spec.source.repoURL,
      ...(row ? { sync: row.status } : {}),
    };
  }
  return undefined;
}

/** What kustomize-controller would apply for a Kustomization now, placed as it places it. */
function renderKustomization(world: WorldState, kustomization: KubeObject) {
  const spec = readKustomizationSpec(kustomization);
  const artifact = world.flux.artifacts[spec.sourceName];
  if (!artifact) return undefined;
  const rendered = renderSource(new Map(Object.entries(artifact.files)), spec.path, { recurse: true });
  if (!rendered.ok) return undefined;
  const hub = world.clusters[HUB_CLUSTER];
  // As reconcile-kustomization.ts: targetNamespace overrides; otherwise the API server's default.
  const manifests = spec.targetNamespace
    ? desiredObjects(hub, rendered.manifests.map((manifest) => ({ ...manifest, metadata: { ...manifest.metadata, namespace: undefined } })), spec.targetNamespace).resources
    : desiredObjects(hub, rendered.manifests, "default").resources;
  return { manifests, sourceFiles: rendered.sourceFiles, spec };
}

function fromFlux(world: WorldState, cluster: string, object: ObjectId): DesiredState | undefined {
  if (cluster !== HUB_CLUSTER) return undefined;
  const key = keyOfId(object);
  const hub = world.clusters[HUB_CLUSTER];
  for (const kustomization of listObjects(hub, { group: "kustomize.toolkit.fluxcd.io", kind: "Kustomization" }).sort(byName)) {
    const rendered = renderKustomization(world, kustomization);
    const desired = rendered?.manifests.find((manifest) => resourceKey(manifest) === key);
    const inventory = ((kustomization.status ?? {}) as { inventory?: { entries?: { id: string }[] } }).inventory?.entries ?? [];
    const listed = inventory.some((entry) => {
      const item = parseInventoryId(entry.id);
      return item.group === object.group && item.kind === object.kind && item.namespace === (object.namespace ?? "") && item.name === object.name;
    });
    if (!desired && !listed) continue;
    const spec = readKustomizationSpec(kustomization);
    const namespace = kustomization.metadata.namespace ?? "";
    const source = getObject(hub, { group: "source.toolkit.fluxcd.io", kind: "GitRepository", namespace, name: spec.sourceName });
    return {
      tool: "flux",
      manager: kustomization.metadata.name,
      ...(desired ? { desired } : {}),
      ignoreDifferences: [],
      sourceFiles: rendered?.sourceFiles ?? [],
      repoURL: source ? readGitRepositorySpec(source).url : "",
      prune: spec.prune,
    };
  }
  return undefined;
}

/**
 * @example findDesiredState(world, "in-cluster", { group: "apps", kind: "Deployment", namespace: "shop", name: "web" }, live)
 *          // { tool: "argocd", manager: "web", desired: {…}, sourceFiles: [...], repoURL: "https://git.example/shop.git", sync: "Synced" }
 */
export function findDesiredState(world: WorldState, cluster: string, object: ObjectId, live: KubeObject | undefined): DesiredState | undefined {
  return fromArgo(world, cluster, object, live) ?? fromFlux(world, cluster, object);
}
