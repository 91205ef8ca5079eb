import { admitObject } from "../admit-object";
import { defaultPodSpec } from "../defaults/pod-spec";
import { nameSuffixFromId } from "../ids";
import { createObject } from "../store/write-object";
import type { KubeObject } from "../types";
import { CONTROLLER_MANAGER, controllerRef, type ControllerContext } from "./controller-context";

type Plain = Record<string, unknown>;

/**
 * Create a pod from an owner's template, as a controller does: labels and annotations from the
 * template, a controller ownerReference, and a generated name (`<prefix><5 safe chars>`) unless given.
 */
export function createPodFromTemplate(
  ctx: ControllerContext,
  owner: KubeObject,
  template: Plain,
  naming: { generateName?: string; name?: string; labels?: Record<string, string>; nodeName?: string },
): KubeObject {
  const templateMeta = (template.metadata ?? {}) as { labels?: Record<string, string>; annotations?: Record<string, string> };
  const name = naming.name ?? `${naming.generateName}${nameSuffixFromId(ctx.writer.nextId())}`;
  const spec = { ...((template.spec ?? {}) as Plain), ...(naming.nodeName ? { nodeName: naming.nodeName } : {}) };
  const pod: KubeObject = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: owner.metadata.namespace,
      ...(naming.generateName ? { generateName: naming.generateName } : {}),
      labels: { ...(templateMeta.labels ?? {}), ...(naming.labels ?? {}) },
      ...(templateMeta.annotations ? { annotations: { ...templateMeta.annotations } } : {}),
      ownerReferences: [controllerRef(owner)],
    },
    spec,
  };
  // Kubernetes: admission webhooks see controller-made pods too (how Istio injects its proxy).
  const admitted = admitObject(ctx.writer.config.admission, pod);
  const final = admitted === pod ? pod : { ...admitted, spec: defaultPodSpec(admitted.spec ?? {}) };
  return createObject(ctx.writer, final, { fieldManager: CONTROLLER_MANAGER });
}
