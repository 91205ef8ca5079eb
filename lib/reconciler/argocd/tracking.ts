// How Argo CD knows which live objects belong to an Application: the tracking annotation
// (the default resource tracking method since Argo CD 3.0) —
// argocd.argoproj.io/tracking-id: <app>:<group>/<kind>:<namespace>/<name>.
import { groupOf, type Manifest } from "../manifest";

export const TRACKING_ANNOTATION = "argocd.argoproj.io/tracking-id";

export function trackingId(appName: string, manifest: Pick<Manifest, "apiVersion" | "kind" | "metadata">): string {
  return `${appName}:${groupOf(manifest.apiVersion)}/${manifest.kind}:${manifest.metadata.namespace ?? ""}/${manifest.metadata.name}`;
}

/** The app an object is tracked by, if any. */
export function trackedBy(manifest: Pick<Manifest, "metadata">): string | undefined {
  const id = manifest.metadata.annotations?.[TRACKING_ANNOTATION];
  return id ? id.slice(0, id.indexOf(":")) : undefined;
}

/** A copy of `manifest` marked as belonging to `appName`. */
export function withTracking<T extends Manifest>(appName: string, manifest: T): T {
  return {
    ...manifest,
    metadata: { ...manifest.metadata, annotations: { ...(manifest.metadata.annotations ?? {}), [TRACKING_ANNOTATION]: trackingId(appName, manifest) } },
  };
}
