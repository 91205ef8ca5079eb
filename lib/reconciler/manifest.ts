// The shape the reconciler needs of a Kubernetes object: rendered manifests from Git and live
// objects from the cluster alike. Structural on purpose, so it accepts lib/kube's objects and
// plain parsed YAML without conversion.

export interface ManifestMetadata {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [field: string]: unknown;
}

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: ManifestMetadata;
  [field: string]: unknown;
}

/** "apps/v1" → "apps"; "v1" → "" (the core group). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}

/**
 * Desired and live objects are paired by this key — Argo CD pairs by group, kind, namespace
 * and name (the version may differ between Git and the API server).
 * @example resourceKey({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "shop" } })
 *          // "apps/Deployment/shop/web"
 */
export function resourceKey(manifest: Pick<Manifest, "apiVersion" | "kind" | "metadata">): string {
  return `${groupOf(manifest.apiVersion)}/${manifest.kind}/${manifest.metadata.namespace ?? ""}/${manifest.metadata.name}`;
}

export function annotationOf(manifest: Pick<Manifest, "metadata">, name: string): string | undefined {
  return manifest.metadata.annotations?.[name];
}

/** A deep copy of plain JSON data: manifests are never mutated in place. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
