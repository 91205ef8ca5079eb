import { assessHealth } from "./health/assess-health";
import type { HealthResult } from "./health/health-status";
import { describeKey, keyOf } from "./object-key";
import type { ClusterState } from "./store/cluster-state";
import { isoTime } from "./store/cluster-writer";
import type { ChangeEvent, KubeObject } from "./types";

/** One live object in a snapshot with its Argo CD health (absent for kinds without a check). */
export interface SnapshotObject {
  id: string;
  object: KubeObject;
  health?: HealthResult;
}

/** Plain serialisable data for a UI, a check or storage: the same state gives the same JSON. */
export interface ClusterSnapshot {
  time: string;
  objects: SnapshotObject[];
  events: ChangeEvent[];
}

/**
 * All live objects sorted by (group, kind, namespace, name), with health, plus the change events.
 * Example: `JSON.stringify(snapshotCluster(cluster))` is byte-identical for identical runs.
 */
export function snapshotCluster(state: ClusterState): ClusterSnapshot {
  const objects = Object.keys(state.objects)
    .sort()
    .map((key) => {
      const object = state.objects[key];
      const health = assessHealth(object);
      return { id: describeKey(keyOf(object)), object, ...(health ? { health } : {}) };
    });
  return { time: isoTime(state.now), objects, events: state.events };
}
