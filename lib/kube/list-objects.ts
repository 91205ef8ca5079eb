import { matchesSelector, type LabelSelector } from "./label-selector";
import { compareStrings } from "./object-key";
import type { ClusterState } from "./store/cluster-state";
import type { KubeObject } from "./types";

export interface ListFilter {
  group?: string;
  kind?: string;
  namespace?: string;
  labelSelector?: LabelSelector | Record<string, string>;
}

/**
 * List live objects, sorted by (group, kind, namespace, name).
 * Example: `listObjects(cluster, { kind: "Pod", namespace: "shop", labelSelector: { app: "web" } })`
 */
export function listObjects(state: ClusterState, filter: ListFilter = {}): KubeObject[] {
  return Object.keys(state.objects)
    .sort(compareStrings)
    .map((key) => state.objects[key])
    .filter((object) => {
      const [group, kind] = [object.apiVersion.includes("/") ? object.apiVersion.split("/")[0] : "", object.kind];
      if (filter.group !== undefined && group !== filter.group) return false;
      if (filter.kind !== undefined && kind !== filter.kind) return false;
      if (filter.namespace !== undefined && (object.metadata.namespace ?? "") !== filter.namespace) return false;
      return matchesSelector(filter.labelSelector, object.metadata.labels);
    });
}
