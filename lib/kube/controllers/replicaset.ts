import { keyOf } from "../object-key";
import { updateStatus } from "../store/write-object";
import type { KubeObject } from "../types";
import { CONTROLLER_MANAGER, ownedObjects, type ControllerContext } from "./controller-context";
import { createPodFromTemplate } from "./create-pod";
import { isPodActive, isPodReady } from "./pod-state";

type Plain = Record<string, unknown>;

/** Kubernetes: when scaling down, delete unready pods first, then the newest. */
function deletionOrder(a: KubeObject, b: KubeObject): number {
  const readyDiff = Number(isPodReady(a)) - Number(isPodReady(b));
  if (readyDiff !== 0) return readyDiff;
  const created = (pod: KubeObject) => pod.metadata.creationTimestamp ?? "";
  if (created(a) !== created(b)) return created(a) > created(b) ? -1 : 1;
  return a.metadata.name < b.metadata.name ? 1 : -1;
}

/** The ReplicaSet controller: keep `spec.replicas` pods and report their readiness. */
export function syncReplicaSets(ctx: ControllerContext): void {
  for (const replicaSet of ctx.writer.ofKind("apps", "ReplicaSet")) {
    syncReplicaSet(ctx, replicaSet);
  }
}

function syncReplicaSet(ctx: ControllerContext, replicaSet: KubeObject): void {
  const spec = (replicaSet.spec ?? {}) as { replicas?: number; template?: Plain };
  const desired = spec.replicas ?? 1;
  const active = ownedObjects(ctx, "", "Pod", replicaSet).filter(isPodActive);
  if (active.length < desired) {
    for (let index = active.length; index < desired; index += 1) {
      createPodFromTemplate(ctx, replicaSet, spec.template ?? {}, { generateName: `${replicaSet.metadata.name}-` });
    }
  } else if (active.length > desired) {
    const victims = [...active].sort(deletionOrder).slice(0, active.length - desired);
    for (const pod of victims) ctx.writer.remove(keyOf(pod), CONTROLLER_MANAGER);
  }
  const pods = ownedObjects(ctx, "", "Pod", replicaSet).filter(isPodActive);
  const ready = pods.filter(isPodReady).length;
  const live = ctx.writer.get(keyOf(replicaSet)) ?? replicaSet;
  const labels = (((spec.template ?? {}).metadata ?? {}) as { labels?: Record<string, string> }).labels ?? {};
  const fullyLabeled = pods.filter((pod) => Object.entries(labels).every(([key, value]) => pod.metadata.labels?.[key] === value)).length;
  updateStatus(
    ctx.writer,
    live,
    {
      replicas: pods.length,
      fullyLabeledReplicas: fullyLabeled,
      readyReplicas: ready,
      availableReplicas: ready,
      observedGeneration: live.metadata.generation ?? 1,
    },
    CONTROLLER_MANAGER,
  );
}
