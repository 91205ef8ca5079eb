import { groupOf } from "../object-key";
import type { ClusterWriter } from "../store/cluster-writer";
import type { KubeObject, OwnerReference } from "../types";

/** What a controller sees on one pass: the working cluster and the simulated time window (since, now]. */
export interface ControllerContext {
  writer: ClusterWriter;
  now: number;
  /** The previous pass's time: periodic work (HPA sync, cron) runs when a period boundary falls in (since, now]. */
  since: number;
}

/** The field manager Kubernetes' built-in controllers write as. */
export const CONTROLLER_MANAGER = "kube-controller-manager";
/** The field manager of the simulated kubelet (pod status). */
export const KUBELET = "kubelet";

/** Kubernetes: the owner reference a controller puts on what it creates (controller: true). */
export function controllerRef(owner: KubeObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid ?? "",
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** Is `owner` the controller (ownerReference with controller: true) of `object`? */
export function isControlledBy(object: KubeObject, owner: KubeObject): boolean {
  return (object.metadata.ownerReferences ?? []).some((ref) => ref.controller && ref.uid === owner.metadata.uid);
}

/** Milliseconds of an RFC 3339 timestamp; 0 when absent. */
export function msOf(time: unknown): number {
  return typeof time === "string" ? Date.parse(time) : 0;
}

/** Objects in `ctx` of a kind controlled by `owner`, sorted by creation then name (oldest first). */
export function ownedObjects(ctx: ControllerContext, group: string, kind: string, owner: KubeObject): KubeObject[] {
  return ctx.writer
    .dependentsOf(owner.metadata.uid ?? "")
    .filter((object) => object.kind === kind && groupOf(object.apiVersion) === group && isControlledBy(object, owner))
    .sort(byCreation);
}

/** Oldest first, then by name: the order controllers scale and clean up in. */
export function byCreation(a: KubeObject, b: KubeObject): number {
  const diff = msOf(a.metadata.creationTimestamp) - msOf(b.metadata.creationTimestamp);
  if (diff !== 0) return diff;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

/** Did a multiple of `period` after `origin` fall in the window (since, now]? */
export function periodDue(origin: number, period: number, since: number, now: number): boolean {
  if (now < origin) return false;
  if (since < origin) return true;
  return Math.floor((now - origin) / period) > Math.floor((since - origin) / period);
}
