// The whole simulation as one immutable, serialisable value: every cluster, the controllers'
// own memory, and the event log. Git repositories live outside it (in an fs); the world only
// remembers the revisions it has seen.
import { createCluster, type ClusterOptions, type ClusterState } from "@/lib/kube/store/cluster-state";
import type { ArgoAppMemory } from "../argocd/app-memory";
import { emptyFluxMemory, type FluxMemory } from "../flux/flux-memory";
import type { PushPipeline } from "../push/push-pipeline";

export type EventType = "Normal" | "Warning";

/** One line of the timeline: what happened, when, to what, and why. */
export interface SimEvent {
  seq: number;
  /** Simulated milliseconds since the epoch. */
  time: number;
  source: string;
  cluster: string;
  object: string;
  type: EventType;
  reason: string;
  message: string;
}

export interface WorldState {
  now: number;
  seed: string;
  /** Clusters by name; HUB_CLUSTER runs Argo CD and Flux. */
  clusters: Record<string, ClusterState>;
  argo: Record<string, ArgoAppMemory>;
  flux: FluxMemory;
  /** CI pipelines that push to clusters (push mode), by name. */
  pipelines: Record<string, PushPipeline>;
  events: SimEvent[];
  nextEventSeq: number;
}

export const HUB_CLUSTER = "in-cluster";
export const HUB_SERVER = "https://kubernetes.default.svc";
export const MAX_WORLD_EVENTS = 2_000;

export interface WorldOptions {
  seed: string;
  startTime?: number;
  /** Extra clusters beside the hub, by name, with their options. */
  clusters?: Record<string, ClusterOptions>;
  hub?: ClusterOptions;
}

/** @example createWorld({ seed: "module-3.1" }).clusters["in-cluster"] */
export function createWorld(options: WorldOptions): WorldState {
  const startTime = options.startTime;
  const clusters: Record<string, ClusterState> = {
    [HUB_CLUSTER]: createCluster({ ...options.hub, seed: `${options.seed}/${HUB_CLUSTER}`, startTime }),
  };
  for (const name of Object.keys(options.clusters ?? {}).sort()) {
    clusters[name] = createCluster({ ...options.clusters![name], seed: `${options.seed}/${name}`, startTime });
  }
  return { now: clusters[HUB_CLUSTER].now, seed: options.seed, clusters, argo: {}, flux: emptyFluxMemory(), pipelines: {}, events: [], nextEventSeq: 1 };
}

/** A copy of the world with one more event (the oldest dropped beyond the limit). */
export function withEvent(world: WorldState, event: Omit<SimEvent, "seq" | "time">): WorldState {
  const entry: SimEvent = { seq: world.nextEventSeq, time: world.now, ...event };
  const events = [...world.events, entry];
  return { ...world, events: events.length > MAX_WORLD_EVENTS ? events.slice(events.length - MAX_WORLD_EVENTS) : events, nextEventSeq: world.nextEventSeq + 1 };
}
