import { isoTime } from "../store/cluster-writer";
import type { KubeObject } from "../types";

type Plain = Record<string, unknown>;

interface Condition {
  type: string;
  status: string;
  reason: string;
  message: string;
  lastUpdateTime: string;
  lastTransitionTime: string;
}

export interface DeploymentCounts {
  replicas: number;
  updatedReplicas: number;
  readyReplicas: number;
  availableReplicas: number;
}

function setCondition(conditions: Condition[], next: Omit<Condition, "lastTransitionTime">, keepUpdateTime = false): Condition[] {
  const previous = conditions.find((item) => item.type === next.type);
  const lastTransitionTime = previous && previous.status === next.status ? previous.lastTransitionTime : next.lastUpdateTime;
  const lastUpdateTime = keepUpdateTime && previous ? previous.lastUpdateTime : next.lastUpdateTime;
  const merged = { ...next, lastUpdateTime, lastTransitionTime };
  const rest = conditions.filter((item) => item.type !== next.type);
  // Kubernetes lists Available before Progressing.
  return [...rest, merged].sort((a, b) => (a.type < b.type ? -1 : 1));
}

/** Kubernetes' DeploymentProgressing: did the rollout move since the last status? */
function madeProgress(old: Plain, next: DeploymentCounts): boolean {
  const num = (key: string) => Number(old[key] ?? 0);
  const oldOld = num("replicas") - num("updatedReplicas");
  const newOld = next.replicas - next.updatedReplicas;
  return next.updatedReplicas > num("updatedReplicas") || newOld < oldOld || next.readyReplicas > num("readyReplicas") || next.availableReplicas > num("availableReplicas");
}

/**
 * The Deployment status the controller writes: counts, observedGeneration and the Available and
 * Progressing conditions, including ProgressDeadlineExceeded after progressDeadlineSeconds
 * without progress (Kubernetes' syncRolloutStatus).
 */
export function deploymentStatus(
  deployment: KubeObject,
  counts: DeploymentCounts,
  context: { now: number; newReplicaSetName: string; createdNewReplicaSet: boolean; maxUnavailable: number },
): Plain {
  const spec = (deployment.spec ?? {}) as { replicas?: number; progressDeadlineSeconds?: number; paused?: boolean };
  const old = deployment.status ?? {};
  const desired = spec.replicas ?? 1;
  const now = isoTime(context.now);
  const rsName = context.newReplicaSetName;
  let conditions = ((old.conditions ?? []) as Condition[]).map((item) => ({ ...item }));
  const available = counts.availableReplicas >= desired - context.maxUnavailable;
  conditions = setCondition(conditions, available
    ? { type: "Available", status: "True", reason: "MinimumReplicasAvailable", message: "Deployment has minimum availability.", lastUpdateTime: now }
    : { type: "Available", status: "False", reason: "MinimumReplicasUnavailable", message: "Deployment does not have minimum availability.", lastUpdateTime: now }, true);
  const progressing = conditions.find((item) => item.type === "Progressing");
  const complete = counts.updatedReplicas === desired && counts.replicas === desired && counts.availableReplicas === desired;
  if (spec.paused) {
    conditions = setCondition(conditions, { type: "Progressing", status: "Unknown", reason: "DeploymentPaused", message: "Deployment is paused", lastUpdateTime: now });
  } else if (context.createdNewReplicaSet) {
    conditions = setCondition(conditions, { type: "Progressing", status: "True", reason: "NewReplicaSetCreated", message: `Created new replica set "${rsName}"`, lastUpdateTime: now });
  } else if (complete) {
    const already = progressing?.reason === "NewReplicaSetAvailable";
    conditions = setCondition(conditions, { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable", message: `ReplicaSet "${rsName}" has successfully progressed.`, lastUpdateTime: now }, already);
  } else if (madeProgress(old, counts) || !progressing) {
    conditions = setCondition(conditions, { type: "Progressing", status: "True", reason: "ReplicaSetUpdated", message: `ReplicaSet "${rsName}" is progressing.`, lastUpdateTime: now });
  } else if (progressing.reason !== "ProgressDeadlineExceeded") {
    const deadline = Date.parse(progressing.lastUpdateTime) + (spec.progressDeadlineSeconds ?? 600) * 1000;
    // Kubernetes: the deadline has passed only strictly after lastUpdateTime + progressDeadlineSeconds.
    if (context.now > deadline) {
      conditions = setCondition(conditions, { type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded", message: `ReplicaSet "${rsName}" has timed out progressing.`, lastUpdateTime: now });
    }
  }
  return {
    observedGeneration: deployment.metadata.generation ?? 1,
    replicas: counts.replicas,
    updatedReplicas: counts.updatedReplicas,
    readyReplicas: counts.readyReplicas,
    availableReplicas: counts.availableReplicas,
    ...(desired - counts.availableReplicas > 0 ? { unavailableReplicas: desired - counts.availableReplicas } : {}),
    conditions,
  };
}
