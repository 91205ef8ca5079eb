import type { ClusterWriter } from "../store/cluster-writer";
import type { ControllerContext } from "./controller-context";
import { syncCronJobs } from "./cronjob";
import { syncDaemonSets } from "./daemonset";
import { syncDeployments } from "./deployment";
import { syncEndpoints } from "./endpoints";
import { collectGarbage } from "./garbage-collector";
import { syncHorizontalPodAutoscalers } from "./hpa";
import { syncJobs } from "./job";
import { syncKubelet } from "./kubelet";
import { syncProvisioners } from "./provisioners";
import { syncReplicaSets } from "./replicaset";
import { syncStatefulSets } from "./statefulset";

// A fixed order makes every pass deterministic; owners run before what they own.
const CONTROLLERS: ReadonlyArray<(ctx: ControllerContext) => void> = [
  collectGarbage,
  syncHorizontalPodAutoscalers,
  syncDeployments,
  syncReplicaSets,
  syncStatefulSets,
  syncDaemonSets,
  syncCronJobs,
  syncJobs,
  syncKubelet,
  syncEndpoints,
  syncProvisioners,
];

// Enough for a Deployment → ReplicaSet → Pods → status chain to settle; a guard against ping-pong.
const MAX_PASSES = 12;

/**
 * Run every controller at one instant until nothing changes (a fixed point), as a real cluster
 * settles within milliseconds. Periodic work is due when its period boundary is in (since, now].
 */
export function runControllersAt(writer: ClusterWriter, since: number): void {
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const before = writer.resourceVersion();
    const ctx: ControllerContext = { writer, now: writer.now, since: pass === 0 ? since : writer.now };
    for (const controller of CONTROLLERS) controller(ctx);
    if (writer.resourceVersion() === before) return;
  }
}
