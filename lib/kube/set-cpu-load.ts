import type { ClusterState } from "./store/cluster-state";

/**
 * Set the simulated CPU demand of a workload, in percent of one pod's CPU request (300 = three
 * pods' worth). The HorizontalPodAutoscaler reads it on its next 15 s sync.
 * Example: `cluster = setCpuLoad(cluster, "shop", "web", 450)`
 */
export function setCpuLoad(state: ClusterState, namespace: string, name: string, percent: number): ClusterState {
  const cpuLoad = { ...state.config.cpuLoad, [`${namespace}/${name}`]: Math.max(0, percent) };
  const sorted = Object.fromEntries(Object.keys(cpuLoad).sort().map((key) => [key, cpuLoad[key]]));
  return { ...state, config: { ...state.config, cpuLoad: sorted } };
}
