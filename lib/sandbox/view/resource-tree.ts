// Resource trees as Argo CD's UI draws them: each resource a tool manages, and below it the
// live objects it owns, found through metadata.ownerReferences (Deployment → ReplicaSets →
// Pods, Job → Pods, CronJob → Jobs → Pods). Children are sorted so the current ReplicaSet
// comes before the old, scaled-down ones.
import { assessHealth, groupOf, REVISION_ANNOTATION, type ClusterState, type KubeObject } from "@/lib/kube";
import type { ObjectId } from "../commands";
import type { TreeNode } from "../view-schema";
import { describeResource } from "./describe-resource";

/** Live objects by the uid of the object that owns them. */
export type OwnerIndex = ReadonlyMap<string, readonly KubeObject[]>;

/** How deep a chain of owners may go; real chains are three or four long. */
const MAX_DEPTH = 6;

/** @example ownerIndex(cluster).get(deployment.metadata.uid!) // [replicaSet] */
export function ownerIndex(cluster: ClusterState): OwnerIndex {
  const index = new Map<string, KubeObject[]>();
  for (const key of Object.keys(cluster.objects).sort()) {
    const object = cluster.objects[key];
    for (const owner of object.metadata.ownerReferences ?? []) {
      if (!owner.uid) continue;
      index.set(owner.uid, [...(index.get(owner.uid) ?? []), object]);
    }
  }
  return index;
}

/** An object's identity as the view schema names it (no namespace for cluster-scoped kinds). */
export function objectIdOf(object: Pick<KubeObject, "apiVersion" | "kind" | "metadata">): ObjectId {
  const namespace = object.metadata.namespace;
  return { group: groupOf(object.apiVersion), kind: object.kind, ...(namespace ? { namespace } : {}), name: object.metadata.name };
}

export function nodeId(cluster: string, object: ObjectId): string {
  return `${cluster}/${object.group}/${object.kind}/${object.namespace ?? ""}/${object.name}`;
}

const revisionOf = (object: KubeObject) => Number(object.metadata.annotations?.[REVISION_ANNOTATION] ?? 0);

function compareChildren(a: KubeObject, b: KubeObject): number {
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  // Newest revision first: the ReplicaSet serving the current template leads.
  const byRevision = revisionOf(b) - revisionOf(a);
  if (byRevision !== 0) return byRevision;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

function childNodes(cluster: string, owner: KubeObject, index: OwnerIndex, depth: number, seen: ReadonlySet<string>): TreeNode[] {
  const uid = owner.metadata.uid;
  if (!uid || depth >= MAX_DEPTH) return [];
  return [...(index.get(uid) ?? [])]
    .filter((child) => !seen.has(child.metadata.uid ?? ""))
    .sort(compareChildren)
    .map((child) => liveNode(cluster, child, index, depth + 1, new Set([...seen, uid])));
}

function liveNode(cluster: string, object: KubeObject, index: OwnerIndex, depth: number, seen: ReadonlySet<string>): TreeNode {
  const id = objectIdOf(object);
  const health = assessHealth(object);
  const info = describeResource(object);
  return {
    id: nodeId(cluster, id),
    cluster,
    object: id,
    ...(health ? { health: health.message ? health : { status: health.status } } : {}),
    ...(info ? { info } : {}),
    children: childNodes(cluster, object, index, depth, seen),
  };
}

export interface ManagedResource {
  object: ObjectId;
  /** Undefined when the resource is in Git but not in the cluster. */
  live?: KubeObject;
  sync?: TreeNode["sync"];
  /** The tool's own verdict (Argo CD's status.resources); assessed from live when absent. */
  health?: TreeNode["health"];
  requiresPruning?: boolean;
}

/**
 * One top-level node of a tool's tree with everything its live object owns below it.
 * @example managedNode("in-cluster", { object: { group: "apps", kind: "Deployment", namespace: "shop", name: "web" }, live }, index)
 *          // { info: "2/2 ready · nginx:1.27", children: [{ object: { kind: "ReplicaSet", … }, children: [pods] }] }
 */
export function managedNode(cluster: string, resource: ManagedResource, index: OwnerIndex): TreeNode {
  const base = {
    id: nodeId(cluster, resource.object),
    cluster,
    object: resource.object,
    ...(resource.sync ? { sync: resource.sync } : {}),
    ...(resource.requiresPruning ? { requiresPruning: true } : {}),
  };
  if (!resource.live) return { ...base, missing: true, health: { status: "Missing" }, children: [] };
  const node = liveNode(cluster, resource.live, index, 0, new Set());
  const health = resource.health ?? node.health;
  return { ...node, ...base, ...(health ? { health } : {}) };
}

/** The store key of an object identity, to look it up in ClusterState.objects. */
export function storeKey(object: ObjectId): string {
  return `${object.group}/${object.kind}/${object.namespace ?? ""}/${object.name}`;
}
