// Where an Application deploys: destination.server or destination.name, looked up among the
// clusters Argo CD knows — the local one (in-cluster, https://kubernetes.default.svc) and those
// registered as Secrets labelled argocd.argoproj.io/secret-type: cluster.
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import { listObjects } from "@/lib/kube/list-objects";
import { HUB_CLUSTER, HUB_SERVER } from "../world/world-state";
import type { ApplicationSpec } from "./application-spec";

export const ARGOCD_NAMESPACE = "argocd";

export interface RegisteredCluster {
  name: string;
  server: string;
}

function decode(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    return atob(value);
  } catch {
    return undefined;
  }
}

/** The clusters Argo CD can deploy to, local first. */
export function registeredClusters(hub: ClusterState): RegisteredCluster[] {
  const clusters: RegisteredCluster[] = [{ name: HUB_CLUSTER, server: HUB_SERVER }];
  for (const secret of listObjects(hub, { kind: "Secret", namespace: ARGOCD_NAMESPACE, labelSelector: { "argocd.argoproj.io/secret-type": "cluster" } })) {
    const stringData = (secret.stringData ?? {}) as Record<string, string>;
    const data = (secret.data ?? {}) as Record<string, string>;
    const name = stringData.name ?? decode(data.name);
    const server = stringData.server ?? decode(data.server);
    if (name && server) clusters.push({ name, server });
  }
  return clusters;
}

/** The world's cluster name for an app's destination, or an error message. */
export function resolveDestination(hub: ClusterState, spec: ApplicationSpec, known: ReadonlySet<string>): { ok: true; cluster: string } | { ok: false; message: string } {
  const clusters = registeredClusters(hub);
  const match = spec.destination.name
    ? clusters.find((cluster) => cluster.name === spec.destination.name)
    : clusters.find((cluster) => cluster.server === spec.destination.server);
  const wanted = spec.destination.name ?? spec.destination.server ?? "(none)";
  if (!match) return { ok: false, message: `cluster '${wanted}' has not been configured` };
  if (!known.has(match.name)) return { ok: false, message: `cluster '${wanted}' is registered but unreachable` };
  return { ok: true, cluster: match.name };
}
