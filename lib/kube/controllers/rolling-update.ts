/**
 * Kubernetes: maxSurge/maxUnavailable as an int or a percentage of desired replicas; surge rounds
 * up, unavailable rounds down, and if both resolve to 0 maxUnavailable becomes 1.
 * Example: `rollingUpdateLimits({ maxSurge: "25%", maxUnavailable: "25%" }, 4)` → `{ maxSurge: 1, maxUnavailable: 1 }`
 */
export function rollingUpdateLimits(
  rollingUpdate: { maxSurge?: number | string; maxUnavailable?: number | string } | undefined,
  desired: number,
): { maxSurge: number; maxUnavailable: number } {
  const maxSurge = resolveIntOrPercent(rollingUpdate?.maxSurge ?? "25%", desired, true);
  const maxUnavailable = resolveIntOrPercent(rollingUpdate?.maxUnavailable ?? "25%", desired, false);
  if (maxSurge === 0 && maxUnavailable === 0) return { maxSurge: 0, maxUnavailable: 1 };
  return { maxSurge, maxUnavailable };
}

/** Example: `resolveIntOrPercent("25%", 10, true)` → 3 */
export function resolveIntOrPercent(value: number | string, total: number, roundUp: boolean): number {
  if (typeof value === "number") return value;
  const match = /^(\d+)%$/.exec(value);
  if (!match) return Number(value) || 0;
  const exact = (Number(match[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** One replica set's numbers, as the deployment controller reads them. */
export interface ReplicaSetCounts {
  name: string;
  replicas: number;
  available: number;
}

/**
 * Kubernetes' NewRSNewReplicas for RollingUpdate: grow the new ReplicaSet while the total stays
 * within desired + maxSurge. `all` includes the new ReplicaSet.
 */
export function newReplicaSetTarget(desired: number, newReplicas: number, all: readonly ReplicaSetCounts[], maxSurge: number): number {
  if (newReplicas >= desired) return desired;
  const current = all.reduce((sum, rs) => sum + rs.replicas, 0);
  const maxTotal = desired + maxSurge;
  if (current >= maxTotal) return newReplicas;
  return newReplicas + Math.min(maxTotal - current, desired - newReplicas);
}

/**
 * Kubernetes' reconcileOldReplicaSets: how far each old ReplicaSet may shrink while at least
 * desired - maxUnavailable pods stay available. Old sets are given oldest first; unhealthy
 * replicas are removed first, then available ones. Returns the new replica count per old set.
 */
export function scaleDownOldReplicaSets(
  desired: number,
  maxUnavailable: number,
  newSet: ReplicaSetCounts,
  oldSets: readonly ReplicaSetCounts[],
): Map<string, number> {
  const targets = new Map(oldSets.map((rs) => [rs.name, rs.replicas]));
  const all = [newSet, ...oldSets];
  const allPods = all.reduce((sum, rs) => sum + rs.replicas, 0);
  const minAvailable = desired - maxUnavailable;
  const newUnavailable = newSet.replicas - newSet.available;
  let budget = allPods - minAvailable - newUnavailable;
  if (budget <= 0) return targets;
  for (const rs of oldSets) {
    const unhealthy = Math.max(0, (targets.get(rs.name) ?? 0) - rs.available);
    const cut = Math.min(unhealthy, budget);
    targets.set(rs.name, (targets.get(rs.name) ?? 0) - cut);
    budget -= cut;
  }
  // Kubernetes: this second step is bounded by availability only, not by the budget above.
  const available = all.reduce((sum, rs) => sum + rs.available, 0);
  let toScaleDown = available - minAvailable;
  for (const rs of oldSets) {
    if (toScaleDown <= 0) break;
    const current = targets.get(rs.name) ?? 0;
    const cut = Math.min(current, toScaleDown);
    targets.set(rs.name, current - cut);
    toScaleDown -= cut;
  }
  return targets;
}
