import { groupOf } from "../object-key";
import type { KubeObject } from "../types";
import { canonicalResources, defaultPodSpec } from "./pod-spec";
import { defaultServiceSpec } from "./service";
import {
  defaultCronJobSpec,
  defaultDaemonSetSpec,
  defaultDeploymentSpec,
  defaultJobSpec,
  defaultReplicaSetSpec,
  defaultStatefulSetSpec,
} from "./workloads";

type Plain = Record<string, unknown>;

const SPEC_DEFAULTS: Record<string, (spec: Plain) => Plain> = {
  "apps/Deployment": defaultDeploymentSpec,
  "apps/ReplicaSet": defaultReplicaSetSpec,
  "apps/StatefulSet": defaultStatefulSetSpec,
  "apps/DaemonSet": defaultDaemonSetSpec,
  "batch/Job": defaultJobSpec,
  "batch/CronJob": defaultCronJobSpec,
  "/Pod": (spec) => defaultPodSpec(spec),
  // Kubernetes: a claim's volumeMode defaults to Filesystem; its size is a canonical quantity.
  "/PersistentVolumeClaim": (spec) => ({ ...spec, volumeMode: spec.volumeMode ?? "Filesystem", ...(spec.resources ? { resources: canonicalResources(spec.resources) } : {}) }),
};

/** What defaulting needs from the cluster: the live object (to keep allocated values) and allocators. */
export interface DefaultingContext {
  live?: KubeObject;
  allocateClusterIp: () => string;
  allocateNodePort: () => number;
}

/**
 * Fill the server-side defaults that show up in diffs. Returns a new object.
 * Example: `applyDefaults(deployment, { allocateClusterIp, allocateNodePort }).spec.revisionHistoryLimit` → 10
 */
export function applyDefaults(object: KubeObject, context: DefaultingContext): KubeObject {
  const id = `${groupOf(object.apiVersion)}/${object.kind}`;
  if (id === "/Service") {
    return { ...object, spec: defaultServiceSpec(object.spec ?? {}, context.live?.spec, context) };
  }
  const defaults = SPEC_DEFAULTS[id];
  if (!defaults || object.spec === undefined) return object;
  return { ...object, spec: defaults(object.spec) };
}
