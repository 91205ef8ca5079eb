// Flux's controllers write their objects' status subresource and emit events.
import { updateObjectStatus } from "@/lib/kube/update-object-status";
import type { KubeObject } from "@/lib/kube/types";
import { HUB_CLUSTER, withEvent, type WorldState } from "../world/world-state";

export function writeFluxStatus(world: WorldState, object: KubeObject, status: Record<string, unknown>, manager: string): WorldState {
  const [group] = object.apiVersion.split("/");
  const result = updateObjectStatus(world.clusters[HUB_CLUSTER], { group, kind: object.kind, namespace: object.metadata.namespace ?? "", name: object.metadata.name }, status, manager);
  return result.ok ? { ...world, clusters: { ...world.clusters, [HUB_CLUSTER]: result.state } } : world;
}

export function fluxEvent(world: WorldState, manager: string, object: KubeObject, type: "Normal" | "Warning", reason: string, message: string): WorldState {
  return withEvent(world, { source: manager, cluster: HUB_CLUSTER, object: `${object.kind}/${object.metadata.name}`, type, reason, message });
}

/** Whether a requestedAt annotation asks for a reconcile the object has not handled yet. */
export function reconcileRequested(object: KubeObject): string | undefined {
  const requested = object.metadata.annotations?.["reconcile.fluxcd.io/requestedAt"];
  const handled = (object.status as { lastHandledReconcileAt?: string } | undefined)?.lastHandledReconcileAt;
  return requested !== undefined && requested !== handled ? requested : undefined;
}
