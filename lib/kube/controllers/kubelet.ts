import { updateStatus } from "../store/write-object";
import { KUBELET, type ControllerContext } from "./controller-context";
import { podStatusAt } from "./pod-state";

/**
 * The simulated kubelet: moves every pod's status along its lifecycle at the current time.
 * Pod IPs are allocated once, when a pod first runs.
 */
export function syncKubelet(ctx: ControllerContext): void {
  for (const pod of ctx.writer.ofKind("", "Pod")) {
    const existingIp = (pod.status?.podIP as string | undefined) ?? "";
    let status = podStatusAt(pod, ctx.now, ctx.writer.config, existingIp);
    if (status.podIP === "") status = podStatusAt(pod, ctx.now, ctx.writer.config, ctx.writer.allocatePodIp());
    updateStatus(ctx.writer, pod, status, KUBELET);
  }
}
