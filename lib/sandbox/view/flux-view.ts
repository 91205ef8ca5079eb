// Flux's objects as the sandbox's Flux panel shows them — what `flux get sources git` and
// `flux get kustomizations` print, plus each Kustomization's inventory as a resource tree
// (kustomize-controller records what it applied in .status.inventory).
import { listObjects, type KubeObject } from "@/lib/kube";
import { readGitRepositorySpec, readKustomizationSpec } from "@/lib/reconciler/flux/flux-specs";
import { parseInventoryId, type InventoryEntry } from "@/lib/reconciler/flux/inventory";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import type { FluxKustomizationView, FluxSourceView, SandboxView } from "../view-schema";
import { managedNode, ownerIndex, storeKey, type OwnerIndex } from "./resource-tree";

interface FluxStatusView {
  conditions?: { type?: unknown; status?: unknown; reason?: unknown; message?: unknown }[];
  artifact?: { revision?: unknown };
  lastAppliedRevision?: unknown;
  inventory?: { entries?: InventoryEntry[] };
}

const statusOf = (object: KubeObject) => (object.status ?? {}) as FluxStatusView;
const text = (value: unknown) => (typeof value === "string" ? value : "");

function conditionsOf(object: KubeObject): FluxSourceView["conditions"] {
  return (statusOf(object).conditions ?? []).map((condition) => ({
    type: text(condition.type),
    status: text(condition.status),
    reason: text(condition.reason),
    message: text(condition.message),
  }));
}

/** The interval as written in the spec ("1m"), or Flux's default when absent. */
function intervalOf(object: KubeObject, fallback: string): string {
  const interval = (object.spec ?? {}).interval;
  return typeof interval === "string" ? interval : fallback;
}

function refOf(object: KubeObject): string {
  const ref = ((object.spec ?? {}).ref ?? {}) as { branch?: unknown; tag?: unknown; semver?: unknown; commit?: unknown };
  if (typeof ref.commit === "string") return `commit ${ref.commit}`;
  if (typeof ref.tag === "string") return `tag ${ref.tag}`;
  if (typeof ref.semver === "string") return `semver ${ref.semver}`;
  return `branch ${readGitRepositorySpec(object).ref}`;
}

function sourceView(object: KubeObject): FluxSourceView {
  const spec = readGitRepositorySpec(object);
  const revision = text(statusOf(object).artifact?.revision);
  return {
    name: object.metadata.name,
    namespace: object.metadata.namespace ?? "",
    url: spec.url,
    ref: refOf(object),
    interval: intervalOf(object, "1m"),
    suspended: spec.suspend,
    ...(revision ? { artifactRevision: revision } : {}),
    conditions: conditionsOf(object),
  };
}

function inventoryNodes(world: WorldState, object: KubeObject, index: OwnerIndex): FluxKustomizationView["resources"] {
  const hub = world.clusters[HUB_CLUSTER];
  return (statusOf(object).inventory?.entries ?? []).map((entry) => {
    const { namespace, name, group, kind } = parseInventoryId(entry.id);
    const id = { group, kind, ...(namespace ? { namespace } : {}), name };
    return managedNode(HUB_CLUSTER, { object: id, live: hub.objects[storeKey(id)] }, index);
  });
}

function kustomizationView(world: WorldState, object: KubeObject, index: OwnerIndex): FluxKustomizationView {
  const spec = readKustomizationSpec(object);
  const sourceKind = text(((object.spec ?? {}).sourceRef as { kind?: unknown } | undefined)?.kind) || "GitRepository";
  const lastApplied = text(statusOf(object).lastAppliedRevision);
  return {
    name: object.metadata.name,
    namespace: object.metadata.namespace ?? "",
    path: spec.path,
    source: `${sourceKind}/${spec.sourceName}`,
    interval: intervalOf(object, "10m"),
    prune: spec.prune,
    suspended: spec.suspend,
    ...(lastApplied ? { lastAppliedRevision: lastApplied } : {}),
    conditions: conditionsOf(object),
    resources: inventoryNodes(world, object, index),
  };
}

const byNamespaceAndName = (a: KubeObject, b: KubeObject) =>
  `${a.metadata.namespace ?? ""}/${a.metadata.name}` < `${b.metadata.namespace ?? ""}/${b.metadata.name}` ? -1 : 1;

/**
 * @example fluxView(world).kustomizations[0] // { name: "web", source: "GitRepository/shop", prune: true, resources: [...] }
 */
export function fluxView(world: WorldState): SandboxView["flux"] {
  const hub = world.clusters[HUB_CLUSTER];
  const sources = listObjects(hub, { group: "source.toolkit.fluxcd.io", kind: "GitRepository" }).sort(byNamespaceAndName);
  const kustomizations = listObjects(hub, { group: "kustomize.toolkit.fluxcd.io", kind: "Kustomization" }).sort(byNamespaceAndName);
  const index = kustomizations.length > 0 ? ownerIndex(hub) : new Map();
  return { sources: sources.map(sourceView), kustomizations: kustomizations.map((object) => kustomizationView(world, object, index)) };
}
