// Rendered manifests as Argo CD applies them: the destination namespace filled in for
// namespaced kinds that do not name one, hooks set apart from tracked resources.
import { resolveKind } from "@/lib/kube/kinds/resolve-kind";
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import type { Manifest } from "../manifest";
import { isHook } from "../sync-phases";

export interface DesiredObjects {
  resources: Manifest[];
  hooks: Manifest[];
}

function isNamespaced(cluster: ClusterState, manifests: readonly Manifest[], manifest: Manifest): boolean {
  // A CRD in the same sync counts: its custom resources are namespaced unless it says Cluster.
  const known = resolveKind([...Object.values(cluster.objects), ...(manifests as never[])], manifest.apiVersion, manifest.kind);
  return known ? known.namespaced : true;
}

/** @example desiredObjects(cluster, manifests, "shop").resources[0].metadata.namespace // "shop" */
export function desiredObjects(cluster: ClusterState, manifests: readonly Manifest[], namespace: string): DesiredObjects {
  const placed = manifests.map((manifest) =>
    !manifest.metadata.namespace && namespace && isNamespaced(cluster, manifests, manifest)
      ? { ...manifest, metadata: { ...manifest.metadata, namespace } }
      : manifest,
  );
  return { resources: placed.filter((manifest) => !isHook(manifest)), hooks: placed.filter(isHook) };
}
