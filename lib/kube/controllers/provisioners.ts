import { updateStatus } from "../store/write-object";
import type { KubeObject } from "../types";
import { CONTROLLER_MANAGER, type ControllerContext } from "./controller-context";

/**
 * What the cloud and cluster add-ons would do, each switchable per scenario: a load balancer
 * gives LoadBalancer Services an address, an ingress controller gives Ingresses one, and a
 * dynamic provisioner binds PersistentVolumeClaims.
 */
export function syncProvisioners(ctx: ControllerContext): void {
  const config = ctx.writer.config;
  if (config.loadBalancers) {
    for (const service of ctx.writer.ofKind("", "Service")) {
      if ((service.spec ?? {}).type === "LoadBalancer") assignAddress(ctx, service, "service-controller");
    }
  }
  if (config.ingressController) {
    for (const ingress of ctx.writer.ofKind("networking.k8s.io", "Ingress")) assignAddress(ctx, ingress, "ingress-controller");
  }
  if (config.storageProvisioner) {
    for (const claim of ctx.writer.ofKind("", "PersistentVolumeClaim")) {
      if ((claim.status ?? {}).phase === "Bound") continue;
      const spec = (claim.spec ?? {}) as { accessModes?: string[]; resources?: { requests?: Record<string, string> } };
      updateStatus(
        ctx.writer,
        claim,
        { phase: "Bound", accessModes: spec.accessModes ?? ["ReadWriteOnce"], capacity: { ...(spec.resources?.requests ?? {}) } },
        CONTROLLER_MANAGER,
      );
    }
  }
}

function assignAddress(ctx: ControllerContext, object: KubeObject, manager: string): void {
  const ingress = ((((object.status ?? {}).loadBalancer ?? {}) as { ingress?: unknown[] }).ingress ?? []);
  if (ingress.length > 0) return;
  updateStatus(ctx.writer, object, { ...(object.status ?? {}), loadBalancer: { ingress: [{ ip: ctx.writer.allocateLoadBalancerIp() }] } }, manager);
}
