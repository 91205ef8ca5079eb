// The roots of the trees the panel draws: the Application itself (as Argo CD's tree does) or
// the Flux Kustomization, over its resources, optionally narrowed to one cluster. Pure.
import type { ApplicationView, FluxKustomizationView, SandboxView, TreeNode } from "@/lib/sandbox/view-schema";
import { filterTreeByCluster } from "./flatten-tree";
import { fluxHealth, shortRevision } from "./status-presentation";

/**
 * Where Argo CD and Flux run, and so where Applications and Kustomizations live. Mirrors
 * HUB_CLUSTER in lib/reconciler/world/world-state.ts, which the client does not import (it
 * would pull the cluster store into the page bundle).
 */
export const HUB_CLUSTER = "in-cluster";
/** Argo CD's namespace (lib/reconciler/argocd/destination.ts). */
export const ARGOCD_NAMESPACE = "argocd";

/** The cluster to narrow the trees to: only when there is more than one to choose from. */
export function clusterFilter(view: Pick<SandboxView, "clusters">, activeCluster: string): string | null {
  if (view.clusters.length < 2) return null;
  return view.clusters.some((cluster) => cluster.name === activeCluster) ? activeCluster : null;
}

export function applicationObject(name: string) {
  return { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE, name };
}

/** @example applicationRoot(app, null).children === app.resources */
export function applicationRoot(app: ApplicationView, cluster: string | null): TreeNode {
  const revision = shortRevision(app.sync.revision);
  return {
    id: `Application/${app.name}`,
    cluster: HUB_CLUSTER,
    object: applicationObject(app.name),
    sync: app.sync.status,
    health: app.health,
    ...(revision ? { info: `revision ${revision}` } : {}),
    children: cluster === null ? app.resources : filterTreeByCluster(app.resources, cluster),
  };
}

export function kustomizationRoot(kustomization: FluxKustomizationView, cluster: string | null): TreeNode {
  const revision = shortRevision(kustomization.lastAppliedRevision);
  return {
    id: `Kustomization/${kustomization.namespace}/${kustomization.name}`,
    cluster: HUB_CLUSTER,
    object: { group: "kustomize.toolkit.fluxcd.io", kind: "Kustomization", namespace: kustomization.namespace, name: kustomization.name },
    health: fluxHealth(kustomization.conditions, kustomization.suspended),
    ...(revision ? { info: `applied ${revision}` } : {}),
    children: cluster === null ? kustomization.resources : filterTreeByCluster(kustomization.resources, cluster),
  };
}

function touchesCluster(nodes: readonly TreeNode[], cluster: string): boolean {
  return nodes.some((node) => node.cluster === cluster || touchesCluster(node.children, cluster));
}

/**
 * Splits the Applications into those that deploy to the chosen cluster (by destination name or
 * server, or because a resource lives there) and the others.
 */
export function applicationsForCluster(view: Pick<SandboxView, "applications" | "clusters">, cluster: string | null): { shown: ApplicationView[]; elsewhere: ApplicationView[] } {
  if (cluster === null) return { shown: view.applications, elsewhere: [] };
  const server = view.clusters.find((entry) => entry.name === cluster)?.server;
  const deploysHere = (app: ApplicationView) =>
    app.destination.cluster === cluster || (server !== undefined && app.destination.cluster === server) || touchesCluster(app.resources, cluster);
  return { shown: view.applications.filter(deploysHere), elsewhere: view.applications.filter((app) => !deploysHere(app)) };
}
