// The clusters panel: each simulated cluster with the API server URL Argo CD knows it by —
// the hub is Argo CD's "in-cluster" (https://kubernetes.default.svc); the others are known
// through their cluster Secrets, and have no URL until one registers them.
import { registeredClusters } from "@/lib/reconciler/argocd/destination";
import { HUB_CLUSTER, HUB_SERVER, type WorldState } from "@/lib/reconciler/world/world-state";
import type { SandboxView } from "../view-schema";

/** @example clusterViews(world) // [{ name: "eu-west", server: "https://eu-west.k8s.example:6443", objectCount: 7 }, { name: "in-cluster", … }] */
export function clusterViews(world: WorldState): SandboxView["clusters"] {
  const registered = registeredClusters(world.clusters[HUB_CLUSTER]);
  return Object.keys(world.clusters)
    .sort()
    .map((name) => ({
      name,
      server: name === HUB_CLUSTER ? HUB_SERVER : (registered.find((cluster) => cluster.name === name)?.server ?? ""),
      objectCount: Object.keys(world.clusters[name].objects).length,
    }));
}
