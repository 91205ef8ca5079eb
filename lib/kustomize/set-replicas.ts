// `replicas:` (kustomize's ReplicaCountTransformer): sets spec.replicas of the workloads with
// that name — current or any earlier name, so an overlay may use the base's name.
import type { Kustomization } from "./kustomization-schema";
import { allNames, gvkOf, transformObject, type Resource } from "./resource";
import { isJsonObject } from "./json-value";

const SCALABLE = new Set(["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"]);

/**
 * Applies the `replicas` entries of a kustomization.
 * @example setReplicas(resources, [{ name: "web", count: 3 }])
 */
export function setReplicas(resources: readonly Resource[], entries: Kustomization["replicas"]): Resource[] {
  if (!entries || entries.length === 0) return [...resources];
  return resources.map((resource) => {
    if (!SCALABLE.has(gvkOf(resource.object).kind)) return resource;
    const names = allNames(resource);
    const entry = entries.find((candidate) => names.includes(candidate.name));
    if (!entry) return resource;
    return transformObject(resource, (object) => {
      if (!isJsonObject(object.spec)) object.spec = {};
      (object.spec as Record<string, unknown>).replicas = entry.count;
    });
  });
}
