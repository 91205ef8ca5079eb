// The cluster generator: one parameter set per cluster registered with Argo CD — the Secrets
// labelled argocd.argoproj.io/secret-type: cluster, plus the local cluster ("in-cluster",
// https://kubernetes.default.svc), which has no Secret and so is left out by any selector.
import { matchesSelector, type LabelSelector } from "@/lib/kube/label-selector";
import { flatten, type ParameterSet, type ParameterValue } from "./parameters";

export const CLUSTER_SECRET_LABEL = "argocd.argoproj.io/secret-type";
export const LOCAL_CLUSTER = { name: "in-cluster", server: "https://kubernetes.default.svc" };

export interface ClusterSecret {
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  /** Decoded fields of the Secret: name, server, project… (base64 is the kube layer's concern). */
  stringData: { name?: string; server?: string; project?: string };
}

export interface ClusterGeneratorSpec {
  selector?: LabelSelector;
  values?: Record<string, string>;
}

/** Lowercase alphanumerics, '-' and '.': what Argo CD's nameNormalized keeps of a name. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.-]/g, "-");
}

function clusterParameters(name: string, server: string, project: string, labels: Record<string, string>, annotations: Record<string, string>, values: Record<string, string>): ParameterSet {
  const nested: Record<string, ParameterValue> = { name, nameNormalized: normalizeName(name), server, project, metadata: { labels, annotations } };
  const flat = flatten(nested);
  // `values` may interpolate the cluster's own parameters, e.g. clusterName: '{{name}}'.
  const resolvedValues = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value.replace(/\{\{\s*\.?([\w.-]+)\s*\}\}/g, (whole, param: string) => flat[param] ?? whole)]),
  );
  nested.values = resolvedValues;
  return { flat: { ...flat, ...flatten({ values: resolvedValues }) }, nested };
}

/**
 * @example generateClusters({ selector: { matchLabels: { env: "prod" } } }, secrets)
 */
export function generateClusters(spec: ClusterGeneratorSpec, secrets: readonly ClusterSecret[]): ParameterSet[] {
  const sets: ParameterSet[] = [];
  const registered = secrets.filter((secret) => secret.metadata.labels?.[CLUSTER_SECRET_LABEL] === "cluster");
  const hasSelector = Boolean(spec.selector?.matchLabels || spec.selector?.matchExpressions);
  const localHasSecret = registered.some((secret) => secret.stringData.server === LOCAL_CLUSTER.server);
  if (!hasSelector && !localHasSecret) {
    sets.push(clusterParameters(LOCAL_CLUSTER.name, LOCAL_CLUSTER.server, "", {}, {}, spec.values ?? {}));
  }
  const ordered = [...registered].sort((a, b) => (a.stringData.name ?? a.metadata.name).localeCompare(b.stringData.name ?? b.metadata.name));
  for (const secret of ordered) {
    const labels = secret.metadata.labels ?? {};
    if (!matchesSelector(spec.selector, labels)) continue;
    const name = secret.stringData.name ?? secret.metadata.name;
    sets.push(clusterParameters(name, secret.stringData.server ?? "", secret.stringData.project ?? "", labels, secret.metadata.annotations ?? {}, spec.values ?? {}));
  }
  return sets;
}
