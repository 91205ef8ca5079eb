// The world as one plain, serialisable value for the UI, checks and storage: every repository's
// summary, every cluster's live objects with health, each Application's and Kustomization's
// status, and the timeline. The same world gives byte-identical JSON.
import { summarizeRepository, type GitContext, type RepositorySummary } from "@/lib/git";
import { listObjects } from "@/lib/kube/list-objects";
import { snapshotCluster, type ClusterSnapshot } from "@/lib/kube/snapshot";
import { HUB_CLUSTER, type SimEvent, type WorldState } from "./world-state";

export interface ControllerObjectSummary {
  kind: "Application" | "Kustomization" | "GitRepository" | "ApplicationSet";
  name: string;
  status: Record<string, unknown>;
}

export interface WorldSnapshot {
  time: string;
  repositories: Record<string, RepositorySummary>;
  clusters: Record<string, ClusterSnapshot>;
  gitops: ControllerObjectSummary[];
  events: SimEvent[];
}

const CONTROLLER_KINDS = [
  ["argoproj.io", "Application"],
  ["argoproj.io", "ApplicationSet"],
  ["source.toolkit.fluxcd.io", "GitRepository"],
  ["kustomize.toolkit.fluxcd.io", "Kustomization"],
] as const;

/** @example const snapshot = await snapshotWorld(world, { "https://git.example/shop.git": repo }) */
export async function snapshotWorld(world: WorldState, repositories: Readonly<Record<string, GitContext>>): Promise<WorldSnapshot> {
  const summaries: Record<string, RepositorySummary> = {};
  for (const url of Object.keys(repositories).sort()) summaries[url] = await summarizeRepository(repositories[url]);
  const clusters = Object.fromEntries(Object.keys(world.clusters).sort().map((name) => [name, snapshotCluster(world.clusters[name])]));
  const gitops = CONTROLLER_KINDS.flatMap(([group, kind]) =>
    listObjects(world.clusters[HUB_CLUSTER], { group, kind }).map((object) => ({ kind, name: object.metadata.name, status: (object.status ?? {}) as Record<string, unknown> })),
  );
  return { time: new Date(world.now).toISOString(), repositories: summaries, clusters, gitops, events: world.events };
}
