import { podTemplateHash } from "../hash";
import { keyOf } from "../object-key";
import { createObject, updateObject, updateStatus } from "../store/write-object";
import type { KubeObject } from "../types";
import { CONTROLLER_MANAGER, controllerRef, ownedObjects, type ControllerContext } from "./controller-context";
import { deploymentStatus } from "./deployment-status";
import { newReplicaSetTarget, rollingUpdateLimits, scaleDownOldReplicaSets, type ReplicaSetCounts } from "./rolling-update";

type Plain = Record<string, unknown>;

/** Kubernetes: the revision of a ReplicaSet, used by `kubectl rollout history` and `undo`. */
export const REVISION_ANNOTATION = "deployment.kubernetes.io/revision";
/** Kubernetes: the label that ties a ReplicaSet and its pods to one pod template. */
export const POD_TEMPLATE_HASH = "pod-template-hash";

interface DeploymentSpecView {
  replicas?: number;
  paused?: boolean;
  revisionHistoryLimit?: number;
  selector?: { matchLabels?: Record<string, string> };
  strategy?: { type?: string; rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string } };
  template?: Plain & { metadata?: { labels?: Record<string, string> } };
}

const revisionOf = (rs: KubeObject) => Number(rs.metadata.annotations?.[REVISION_ANNOTATION] ?? 0);
const countsOf = (rs: KubeObject): ReplicaSetCounts => ({
  name: rs.metadata.name,
  replicas: Number((rs.spec ?? {}).replicas ?? 0),
  available: Number((rs.status ?? {}).availableReplicas ?? 0),
});

/** The Deployment controller: one ReplicaSet per pod template, rolled by the strategy. */
export function syncDeployments(ctx: ControllerContext): void {
  for (const deployment of ctx.writer.ofKind("apps", "Deployment")) {
    syncDeployment(ctx, deployment);
  }
}

function syncDeployment(ctx: ControllerContext, deployment: KubeObject): void {
  const spec = (deployment.spec ?? {}) as DeploymentSpecView;
  const desired = spec.replicas ?? 1;
  const hash = podTemplateHash(spec.template ?? {});
  const owned = ownedObjects(ctx, "apps", "ReplicaSet", deployment);
  const found = owned.find((rs) => rs.metadata.labels?.[POD_TEMPLATE_HASH] === hash);
  const olds = owned.filter((rs) => rs !== found);
  const maxRevision = Math.max(0, ...olds.map(revisionOf));
  const recreate = spec.strategy?.type === "Recreate";
  const limits = recreate ? { maxSurge: 0, maxUnavailable: desired } : rollingUpdateLimits(spec.strategy?.rollingUpdate, desired);
  let newRs = found;
  if (!newRs && !spec.paused) {
    const oldActive = olds.some((rs) => countsOf(rs).replicas > 0 || Number(rs.status?.replicas ?? 0) > 0);
    const initial = recreate ? (oldActive ? 0 : desired) : newReplicaSetTarget(desired, 0, olds.map(countsOf), limits.maxSurge);
    newRs = createReplicaSet(ctx, deployment, spec, hash, initial, maxRevision + 1);
  } else if (newRs && revisionOf(newRs) <= maxRevision) {
    // Kubernetes: rolling back to an old template gives its ReplicaSet the next revision.
    newRs = setRevision(ctx, newRs, maxRevision + 1);
  }
  if (newRs && !spec.paused) {
    if (recreate) rollRecreate(ctx, desired, newRs, olds);
    else rollRolling(ctx, desired, limits, newRs, olds);
  }
  cleanupHistory(ctx, deployment, spec.revisionHistoryLimit ?? 10, newRs);
  // Kubernetes: MaxUnavailable is 0 for Recreate, so Available needs every replica.
  writeStatus(ctx, deployment, newRs, !found && newRs !== undefined, recreate ? 0 : limits.maxUnavailable);
}

function createReplicaSet(ctx: ControllerContext, deployment: KubeObject, spec: DeploymentSpecView, hash: string, replicas: number, revision: number): KubeObject {
  const template = spec.template ?? {};
  const labels = { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH]: hash };
  const replicaSet: KubeObject = {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: `${deployment.metadata.name}-${hash}`,
      namespace: deployment.metadata.namespace,
      labels,
      annotations: {
        "deployment.kubernetes.io/desired-replicas": String(spec.replicas ?? 1),
        [REVISION_ANNOTATION]: String(revision),
      },
      ownerReferences: [controllerRef(deployment)],
    },
    spec: {
      replicas,
      selector: { ...(spec.selector ?? {}), matchLabels: { ...(spec.selector?.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash } },
      template: { ...template, metadata: { ...(template.metadata ?? {}), labels } },
    },
  };
  return createObject(ctx.writer, replicaSet, { fieldManager: CONTROLLER_MANAGER });
}

function setRevision(ctx: ControllerContext, rs: KubeObject, revision: number): KubeObject {
  const annotations = { ...(rs.metadata.annotations ?? {}), [REVISION_ANNOTATION]: String(revision) };
  return updateObject(ctx.writer, rs, { ...rs, metadata: { ...rs.metadata, annotations } }, { fieldManager: CONTROLLER_MANAGER });
}

function scaleReplicaSet(ctx: ControllerContext, rs: KubeObject, replicas: number): KubeObject {
  if (Number(rs.spec?.replicas ?? 0) === replicas) return rs;
  return updateObject(ctx.writer, rs, { ...rs, spec: { ...rs.spec, replicas } }, { fieldManager: CONTROLLER_MANAGER });
}

function rollRolling(ctx: ControllerContext, desired: number, limits: { maxSurge: number; maxUnavailable: number }, newRs: KubeObject, olds: KubeObject[]): void {
  const activeOlds = olds.filter((rs) => countsOf(rs).replicas > 0);
  const target = activeOlds.length === 0 ? desired : newReplicaSetTarget(desired, countsOf(newRs).replicas, [countsOf(newRs), ...olds.map(countsOf)], limits.maxSurge);
  const scaled = scaleReplicaSet(ctx, newRs, target);
  if (activeOlds.length === 0) return;
  const targets = scaleDownOldReplicaSets(desired, limits.maxUnavailable, countsOf(scaled), activeOlds.map(countsOf));
  for (const rs of activeOlds) scaleReplicaSet(ctx, rs, targets.get(rs.metadata.name) ?? 0);
}

function rollRecreate(ctx: ControllerContext, desired: number, newRs: KubeObject, olds: KubeObject[]): void {
  for (const rs of olds) scaleReplicaSet(ctx, rs, 0);
  // Kubernetes: Recreate starts new pods only once every old pod is gone.
  const oldPods = olds.reduce((sum, rs) => sum + Number(rs.status?.replicas ?? 0), 0);
  if (oldPods === 0) scaleReplicaSet(ctx, newRs, desired);
}

function cleanupHistory(ctx: ControllerContext, deployment: KubeObject, limit: number, newRs: KubeObject | undefined): void {
  const idle = ownedObjects(ctx, "apps", "ReplicaSet", deployment)
    .filter((rs) => rs.metadata.uid !== newRs?.metadata.uid && countsOf(rs).replicas === 0 && Number(rs.status?.replicas ?? 0) === 0)
    .sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) ctx.writer.remove(keyOf(rs), CONTROLLER_MANAGER);
}

function writeStatus(ctx: ControllerContext, deployment: KubeObject, newRs: KubeObject | undefined, created: boolean, maxUnavailable: number): void {
  const live = ctx.writer.get(keyOf(deployment)) ?? deployment;
  const sets = ownedObjects(ctx, "apps", "ReplicaSet", live);
  const sum = (key: string) => sets.reduce((total, rs) => total + Number(rs.status?.[key] ?? 0), 0);
  const fresh = newRs ? ctx.writer.get(keyOf(newRs)) : undefined;
  const counts = {
    replicas: sum("replicas"),
    updatedReplicas: Number(fresh?.status?.replicas ?? 0),
    readyReplicas: sum("readyReplicas"),
    availableReplicas: sum("availableReplicas"),
  };
  let current = live;
  const revision = fresh?.metadata.annotations?.[REVISION_ANNOTATION];
  if (revision && live.metadata.annotations?.[REVISION_ANNOTATION] !== revision) {
    const annotations = { ...(live.metadata.annotations ?? {}), [REVISION_ANNOTATION]: revision };
    current = updateObject(ctx.writer, live, { ...live, metadata: { ...live.metadata, annotations } }, { fieldManager: CONTROLLER_MANAGER });
  }
  const context = { now: ctx.now, newReplicaSetName: fresh?.metadata.name ?? "", createdNewReplicaSet: created, maxUnavailable };
  updateStatus(ctx.writer, current, deploymentStatus(current, counts, context), CONTROLLER_MANAGER);
}
