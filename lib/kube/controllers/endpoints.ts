import { matchesSelector } from "../label-selector";
import { keyOf } from "../object-key";
import { createObject, updateObject } from "../store/write-object";
import type { KubeObject } from "../types";
import { CONTROLLER_MANAGER, type ControllerContext } from "./controller-context";
import { isPodActive, isPodReady } from "./pod-state";

type Plain = Record<string, unknown>;

/**
 * The endpoints controller: for each Service with a selector, an Endpoints object of the same name
 * listing ready pods as `addresses` and the others as `notReadyAddresses` (sorted by IP).
 * Kubernetes also mirrors these into EndpointSlices; the simulation keeps only Endpoints.
 */
export function syncEndpoints(ctx: ControllerContext): void {
  const services = ctx.writer.ofKind("", "Service");
  for (const service of services) syncServiceEndpoints(ctx, service);
  for (const endpoints of ctx.writer.ofKind("", "Endpoints")) {
    const managed = (endpoints.metadata.managedFields ?? []).some((entry) => entry.manager === CONTROLLER_MANAGER);
    const hasService = services.some((service) => service.metadata.namespace === endpoints.metadata.namespace && service.metadata.name === endpoints.metadata.name);
    if (managed && !hasService) ctx.writer.remove(keyOf(endpoints), CONTROLLER_MANAGER);
  }
}

function syncServiceEndpoints(ctx: ControllerContext, service: KubeObject): void {
  const spec = (service.spec ?? {}) as { selector?: Record<string, string>; ports?: Plain[] };
  if (!spec.selector || Object.keys(spec.selector).length === 0) return;
  const pods = ctx.writer
    .ofKind("", "Pod", service.metadata.namespace ?? "")
    .filter((pod) => isPodActive(pod) && typeof pod.status?.podIP === "string" && matchesSelector(spec.selector, pod.metadata.labels));
  const address = (pod: KubeObject) => ({
    ip: pod.status?.podIP as string,
    targetRef: { kind: "Pod", name: pod.metadata.name, namespace: pod.metadata.namespace, uid: pod.metadata.uid },
  });
  const byIp = (a: { ip: string }, b: { ip: string }) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);
  const ready = pods.filter(isPodReady).map(address).sort(byIp);
  const notReady = pods.filter((pod) => !isPodReady(pod)).map(address).sort(byIp);
  const ports = (spec.ports ?? []).map((port) => ({
    ...(port.name ? { name: port.name } : {}),
    port: typeof port.targetPort === "number" ? port.targetPort : port.port,
    protocol: port.protocol ?? "TCP",
  }));
  const subset = { ...(ready.length > 0 ? { addresses: ready } : {}), ...(notReady.length > 0 ? { notReadyAddresses: notReady } : {}), ports };
  const desired: KubeObject = {
    apiVersion: "v1",
    kind: "Endpoints",
    metadata: { name: service.metadata.name, namespace: service.metadata.namespace, labels: { ...(service.metadata.labels ?? {}) } },
    subsets: pods.length > 0 ? [subset] : [],
  };
  const live = ctx.writer.get(keyOf(desired));
  if (!live) {
    createObject(ctx.writer, desired, { fieldManager: CONTROLLER_MANAGER });
    return;
  }
  // Most passes change nothing: skip the full update comparison when the content is identical.
  if (JSON.stringify(live.subsets) === JSON.stringify(desired.subsets) && JSON.stringify(live.metadata.labels) === JSON.stringify(desired.metadata.labels)) return;
  updateObject(ctx.writer, live, { ...live, subsets: desired.subsets, metadata: { ...live.metadata, labels: desired.metadata.labels } }, { fieldManager: CONTROLLER_MANAGER });
}
