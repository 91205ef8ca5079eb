import { podTemplateHash } from "../hash";
import { keyOf } from "../object-key";
import { updateStatus } from "../store/write-object";
import type { KubeObject } from "../types";
import { CONTROLLER_MANAGER, ownedObjects, type ControllerContext } from "./controller-context";
import { createPodFromTemplate } from "./create-pod";
import { isPodActive, isPodReady } from "./pod-state";

type Plain = Record<string, unknown>;
const REVISION_LABEL = "controller-revision-hash";

/**
 * The StatefulSet controller, simplified: pods `<name>-<ordinal>` created one at a time in order
 * (OrderedReady), each waiting for the previous to be Ready; a template change replaces pods from
 * the highest ordinal down, one at a time (RollingUpdate) or only when deleted (OnDelete).
 */
export function syncStatefulSets(ctx: ControllerContext): void {
  for (const set of ctx.writer.ofKind("apps", "StatefulSet")) syncStatefulSet(ctx, set);
}

function syncStatefulSet(ctx: ControllerContext, set: KubeObject): void {
  const spec = (set.spec ?? {}) as { replicas?: number; template?: Plain; updateStrategy?: { type?: string } };
  const desired = spec.replicas ?? 1;
  const revision = `${set.metadata.name}-${podTemplateHash(spec.template ?? {})}`;
  const pods = ownedObjects(ctx, "", "Pod", set).filter(isPodActive);
  const byOrdinal = new Map(pods.map((pod) => [Number(pod.metadata.name.slice(set.metadata.name.length + 1)), pod]));
  for (const [ordinal, pod] of [...byOrdinal].sort((a, b) => b[0] - a[0])) {
    if (ordinal >= desired) {
      ctx.writer.remove(keyOf(pod), CONTROLLER_MANAGER);
      byOrdinal.delete(ordinal);
    }
  }
  const allReady = [...byOrdinal.values()].every(isPodReady);
  for (let ordinal = 0; ordinal < desired; ordinal += 1) {
    if (byOrdinal.has(ordinal)) continue;
    if (!allReady) break;
    const labels = { [REVISION_LABEL]: revision, "statefulset.kubernetes.io/pod-name": `${set.metadata.name}-${ordinal}` };
    createPodFromTemplate(ctx, set, spec.template ?? {}, { name: `${set.metadata.name}-${ordinal}`, labels });
    break;
  }
  const complete = byOrdinal.size === desired && allReady;
  if (complete && spec.updateStrategy?.type !== "OnDelete") {
    const stale = [...byOrdinal].sort((a, b) => b[0] - a[0]).find(([, pod]) => pod.metadata.labels?.[REVISION_LABEL] !== revision);
    if (stale) ctx.writer.remove(keyOf(stale[1]), CONTROLLER_MANAGER);
  }
  writeStatus(ctx, set, revision);
}

function writeStatus(ctx: ControllerContext, set: KubeObject, updateRevision: string): void {
  const pods = ownedObjects(ctx, "", "Pod", set).filter(isPodActive);
  const updated = pods.filter((pod) => pod.metadata.labels?.[REVISION_LABEL] === updateRevision).length;
  const desired = Number(set.spec?.replicas ?? 1);
  const previous = (set.status ?? {}) as { currentRevision?: string };
  // Kubernetes: currentRevision catches up with updateRevision once every pod runs the update.
  const rolledOut = updated === desired && pods.length === desired;
  const currentRevision = rolledOut || !previous.currentRevision ? updateRevision : previous.currentRevision;
  const ready = pods.filter(isPodReady).length;
  const current = pods.filter((pod) => pod.metadata.labels?.[REVISION_LABEL] === currentRevision).length;
  updateStatus(
    ctx.writer,
    set,
    {
      observedGeneration: set.metadata.generation ?? 1,
      replicas: pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      currentReplicas: current,
      updatedReplicas: updated,
      currentRevision,
      updateRevision,
    },
    CONTROLLER_MANAGER,
  );
}
