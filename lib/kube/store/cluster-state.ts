import type { ChangeEvent, KubeObject } from "../types";
import type { AdmissionRule } from "../admit-object";

/** Scenario settings that shape how the simulated cluster behaves; plain data. */
export interface ClusterConfig {
  /** Images the simulated registry has ("repo:tag" or "repo:*"); null means every image exists. */
  images: string[] | null;
  /** Delay from pod creation to Ready (Kubernetes: image pull + start + readiness probe). */
  podReadyDelayMs: number;
  /** How long a Job's pod runs before it exits. */
  jobPodDurationMs: number;
  /** Simulated nodes; DaemonSets place one pod on each. */
  nodes: string[];
  /** Mutating admission rules applied to every write (see admit-object.ts). */
  admission: AdmissionRule[];
  /** Whether a cloud load balancer gives LoadBalancer Services an address. */
  loadBalancers: boolean;
  /** Whether an ingress controller gives Ingresses an address. */
  ingressController: boolean;
  /** Whether a dynamic provisioner binds PersistentVolumeClaims. */
  storageProvisioner: boolean;
  /** Simulated CPU demand per workload (`namespace/name`), in percent of one pod's request. */
  cpuLoad: Record<string, number>;
  /** Oldest change events are dropped beyond this many. */
  maxEvents: number;
}

/** Monotonic counters; everything "random" in the cluster derives from them. */
export interface ClusterCounters {
  resourceVersion: number;
  ids: number;
  clusterIp: number;
  podIp: number;
  loadBalancerIp: number;
  nodePort: number;
}

/**
 * The whole simulated cluster as immutable plain data: every operation returns a new state.
 * `now` is simulated milliseconds since the epoch, advanced only by `advanceCluster`.
 */
export interface ClusterState {
  now: number;
  seed: string;
  counters: ClusterCounters;
  /** Live objects by `group/kind/namespace/name`, keys sorted. */
  objects: Record<string, KubeObject>;
  events: ChangeEvent[];
  config: ClusterConfig;
}

export type ClusterOptions = Partial<ClusterConfig> & { seed?: string; startTime?: number };

/** 2026-01-01T00:00:00Z: a fixed start so snapshots never depend on the wall clock. */
export const DEFAULT_START_TIME = Date.UTC(2026, 0, 1);

/**
 * Create an empty cluster (namespaces are not enforced: any namespace may be used).
 * Example: `const cluster = createCluster({ seed: "lesson-3-2", images: ["nginx:1.27"] })`
 */
export function createCluster(options: ClusterOptions = {}): ClusterState {
  const now = options.startTime ?? DEFAULT_START_TIME;
  const config: ClusterConfig = {
    images: options.images ? [...options.images].sort() : null,
    podReadyDelayMs: options.podReadyDelayMs ?? 2000,
    jobPodDurationMs: options.jobPodDurationMs ?? 3000,
    nodes: [...(options.nodes ?? ["node-1"])].sort(),
    admission: options.admission ?? [],
    loadBalancers: options.loadBalancers ?? true,
    ingressController: options.ingressController ?? true,
    storageProvisioner: options.storageProvisioner ?? true,
    cpuLoad: { ...(options.cpuLoad ?? {}) },
    maxEvents: options.maxEvents ?? 1000,
  };
  return {
    now,
    seed: options.seed ?? "reconcile",
    counters: { resourceVersion: 0, ids: 0, clusterIp: 0, podIp: 0, loadBalancerIp: 0, nodePort: 0 },
    objects: {},
    events: [],
    config,
  };
}
