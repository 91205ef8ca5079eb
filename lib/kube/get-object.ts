import { keyString } from "./object-key";
import type { ClusterState } from "./store/cluster-state";
import type { KubeObject, ObjectKey } from "./types";

/**
 * Read one live object by (group, kind, namespace, name); undefined when absent.
 * Example: `getObject(cluster, { group: "apps", kind: "Deployment", namespace: "shop", name: "web" })`
 */
export function getObject(state: ClusterState, key: ObjectKey): KubeObject | undefined {
  return state.objects[keyString(key)];
}
