// The simulated API server does not require Namespace objects: any namespace may be used. A
// real cluster lists every namespace in use, so `kubectl get namespaces` shows the declared
// Namespace objects plus, for each other namespace objects live in (and "default"), an Active
// namespace as old as the oldest object in it.
import { listObjects } from "@/lib/kube/list-objects";
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import type { KubeObject } from "@/lib/kube/types";

/** Declared and implied namespaces, sorted by name. */
export function namespacesOf(cluster: ClusterState): KubeObject[] {
  const declared = listObjects(cluster, { group: "", kind: "Namespace" });
  const objects = Object.values(cluster.objects).filter((object) => object.metadata.creationTimestamp);
  // "default" exists from the start: as old as the oldest object of the cluster.
  const birth = objects.map((object) => object.metadata.creationTimestamp!).sort()[0] ?? new Date(cluster.now).toISOString().replace(/\.\d{3}Z$/, "Z");
  const oldest = new Map<string, string>([["default", birth]]);
  for (const object of objects) {
    const namespace = object.metadata.namespace;
    const created = object.metadata.creationTimestamp!;
    if (namespace && !(oldest.get(namespace)! <= created)) oldest.set(namespace, created);
  }
  const implied = [...oldest.keys()]
    .filter((name) => !declared.some((ns) => ns.metadata.name === name))
    .map((name): KubeObject => ({ apiVersion: "v1", kind: "Namespace", metadata: { name, creationTimestamp: oldest.get(name)! }, spec: { finalizers: ["kubernetes"] }, status: { phase: "Active" } }));
  return [...declared, ...implied].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}
