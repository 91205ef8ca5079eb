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
 * The DaemonSet controller, simplified: one pod per simulated node; a template change replaces
 * one pod at a time (maxUnavailable 1) once the others are ready, unless the strategy is OnDelete.
 */
export function syncDaemonSets(ctx: ControllerContext): void {
  for (const set of ctx.writer.ofKind("apps", "DaemonSet")) syncDaemonSet(ctx, set);
}

function syncDaemonSet(ctx: ControllerContext, set: KubeObject): void {
  const spec = (set.spec ?? {}) as { template?: Plain; updateStrategy?: { type?: string } };
  const hash = podTemplateHash(spec.template ?? {});
  const nodes = ctx.writer.config.nodes;
  const pods = ownedObjects(ctx, "", "Pod", set).filter(isPodActive);
  for (const node of nodes) {
    if (pods.some((pod) => (pod.spec ?? {}).nodeName === node)) continue;
    createPodFromTemplate(ctx, set, spec.template ?? {}, { generateName: `${set.metadata.name}-`, labels: { [REVISION_LABEL]: hash }, nodeName: node });
  }
  const current = ownedObjects(ctx, "", "Pod", set).filter(isPodActive);
  if (spec.updateStrategy?.type !== "OnDelete" && current.every(isPodReady)) {
    const stale = current.find((pod) => pod.metadata.labels?.[REVISION_LABEL] !== hash);
    if (stale) ctx.writer.remove(keyOf(stale), CONTROLLER_MANAGER);
  }
  const final = ownedObjects(ctx, "", "Pod", set).filter(isPodActive);
  const ready = final.filter(isPodReady).length;
  updateStatus(
    ctx.writer,
    set,
    {
      observedGeneration: set.metadata.generation ?? 1,
      desiredNumberScheduled: nodes.length,
      currentNumberScheduled: final.length,
      numberMisscheduled: 0,
      numberReady: ready,
      numberAvailable: ready,
      updatedNumberScheduled: final.filter((pod) => pod.metadata.labels?.[REVISION_LABEL] === hash).length,
      ...(nodes.length - ready > 0 ? { numberUnavailable: nodes.length - ready } : {}),
    },
    CONTROLLER_MANAGER,
  );
}
