import { nextWakeTime } from "./controllers/next-wake";
import { runControllersAt } from "./controllers/run-controllers";
import type { ClusterState } from "./store/cluster-state";
import { ClusterWriter, type KubeEnv } from "./store/cluster-writer";

/** Controllers look at the cluster once per simulated second. */
export const TICK_MS = 1000;

/**
 * Move simulated time forward by `ms` and run every controller at each whole second on the way
 * (and at the end), so the same state and the same `ms` always give the same result. Seconds in
 * which nothing can happen (no write, no timer due) are skipped without changing the outcome.
 * `advanceCluster(state, 0)` settles the cluster at the current instant (e.g. right after an apply).
 * Example: `cluster = advanceCluster(cluster, 2000)` — pods created 2 s ago are now Ready.
 */
export function advanceCluster(state: ClusterState, ms: number, env: KubeEnv = {}): ClusterState {
  const target = state.now + Math.max(0, Math.floor(Number.isFinite(ms) ? ms : 0));
  // One working copy for the whole advance: the state is copied once, not once per tick.
  const writer = new ClusterWriter(state, env, state.now);
  runControllersAt(writer, state.now);
  let since = state.now;
  let quiet = false;
  while (writer.now < target) {
    let nextTick = (Math.floor(writer.now / TICK_MS) + 1) * TICK_MS;
    // After a quiet second nothing changes until a timer fires: jump to the tick that sees it.
    if (quiet) nextTick = Math.max(nextTick, Math.ceil(nextWakeTime(writer) / TICK_MS) * TICK_MS);
    nextTick = Math.min(target, nextTick);
    const before = writer.resourceVersion();
    writer.moveTo(nextTick);
    runControllersAt(writer, since);
    quiet = writer.resourceVersion() === before;
    since = nextTick;
  }
  return writer.commit(state);
}
