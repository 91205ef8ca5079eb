import { defaultPodTemplate } from "./pod-spec";

type Plain = Record<string, unknown>;

/**
 * Kubernetes Deployment defaults: replicas 1, revisionHistoryLimit 10, progressDeadlineSeconds 600,
 * strategy RollingUpdate with maxSurge 25% and maxUnavailable 25%.
 * Example: `defaultDeploymentSpec({ template }).strategy` → `{ type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } }`
 */
export function defaultDeploymentSpec(spec: Plain): Plain {
  const strategy = (spec.strategy ?? {}) as Plain;
  const type = strategy.type ?? "RollingUpdate";
  const rollingUpdate = (strategy.rollingUpdate ?? {}) as Plain;
  return {
    ...spec,
    replicas: spec.replicas ?? 1,
    revisionHistoryLimit: spec.revisionHistoryLimit ?? 10,
    progressDeadlineSeconds: spec.progressDeadlineSeconds ?? 600,
    strategy:
      type === "RollingUpdate"
        ? { ...strategy, type, rollingUpdate: { ...rollingUpdate, maxSurge: rollingUpdate.maxSurge ?? "25%", maxUnavailable: rollingUpdate.maxUnavailable ?? "25%" } }
        : { ...strategy, type },
    template: defaultPodTemplate(spec.template),
  };
}

/** Kubernetes ReplicaSet defaults: replicas 1 and pod template defaults. */
export function defaultReplicaSetSpec(spec: Plain): Plain {
  return { ...spec, replicas: spec.replicas ?? 1, template: defaultPodTemplate(spec.template) };
}

/** Kubernetes StatefulSet defaults: OrderedReady pods, RollingUpdate with partition 0. */
export function defaultStatefulSetSpec(spec: Plain): Plain {
  const strategy = (spec.updateStrategy ?? {}) as Plain;
  const type = strategy.type ?? "RollingUpdate";
  return {
    ...spec,
    replicas: spec.replicas ?? 1,
    podManagementPolicy: spec.podManagementPolicy ?? "OrderedReady",
    revisionHistoryLimit: spec.revisionHistoryLimit ?? 10,
    updateStrategy: type === "RollingUpdate" ? { ...strategy, type, rollingUpdate: { partition: 0, ...((strategy.rollingUpdate ?? {}) as Plain) } } : { ...strategy, type },
    template: defaultPodTemplate(spec.template),
  };
}

/** Kubernetes DaemonSet defaults: RollingUpdate with maxUnavailable 1 and maxSurge 0. */
export function defaultDaemonSetSpec(spec: Plain): Plain {
  const strategy = (spec.updateStrategy ?? {}) as Plain;
  const type = strategy.type ?? "RollingUpdate";
  return {
    ...spec,
    revisionHistoryLimit: spec.revisionHistoryLimit ?? 10,
    updateStrategy: type === "RollingUpdate" ? { ...strategy, type, rollingUpdate: { maxSurge: 0, maxUnavailable: 1, ...((strategy.rollingUpdate ?? {}) as Plain) } } : { ...strategy, type },
    template: defaultPodTemplate(spec.template),
  };
}

/** Kubernetes Job defaults: completions and parallelism 1, backoffLimit 6, NonIndexed, not suspended. */
export function defaultJobSpec(spec: Plain): Plain {
  const bothUnset = spec.completions === undefined && spec.parallelism === undefined;
  return {
    ...spec,
    ...(bothUnset ? { completions: 1 } : {}),
    parallelism: spec.parallelism ?? 1,
    backoffLimit: spec.backoffLimit ?? 6,
    completionMode: spec.completionMode ?? "NonIndexed",
    suspend: spec.suspend ?? false,
    template: defaultPodTemplate(spec.template),
  };
}

/** Kubernetes CronJob defaults: Allow concurrency, keep 3 successful and 1 failed Job. */
export function defaultCronJobSpec(spec: Plain): Plain {
  const jobTemplate = (spec.jobTemplate ?? {}) as Plain;
  return {
    ...spec,
    concurrencyPolicy: spec.concurrencyPolicy ?? "Allow",
    suspend: spec.suspend ?? false,
    successfulJobsHistoryLimit: spec.successfulJobsHistoryLimit ?? 3,
    failedJobsHistoryLimit: spec.failedJobsHistoryLimit ?? 1,
    jobTemplate: { ...jobTemplate, spec: defaultJobSpec((jobTemplate.spec ?? {}) as Plain) },
  };
}
