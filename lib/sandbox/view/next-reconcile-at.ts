// When the controllers next act on their own, so the UI can count down ("refresh in 1:42") and
// "step" can jump straight there: Argo CD's periodic refresh (120 s + jitter) of each app, the
// next step of a running sync (waves wait 2 s), a self-heal waiting out its 5 s, Flux's
// intervals, and a Kustomization's health-check timeout.
import { TICK_MS, listObjects } from "@/lib/kube";
import { readApplicationSpec } from "@/lib/reconciler/argocd/application-spec";
import { SELF_HEAL_TIMEOUT_MS } from "@/lib/reconciler/argocd/automated-sync";
import { ARGOCD_NAMESPACE } from "@/lib/reconciler/argocd/destination";
import { readGitRepositorySpec, readKustomizationSpec } from "@/lib/reconciler/flux/flux-specs";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";

function argoTimes(world: WorldState): number[] {
  const times: number[] = [];
  for (const app of listObjects(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE })) {
    const memory = world.argo[app.metadata.name];
    if (!memory) continue;
    times.push(memory.nextRefreshAt);
    // A running sync is stepped on the next tick at the earliest.
    if (memory.operation?.phase === "Running") times.push(Math.max(memory.operation.nextStepAt, world.now + TICK_MS));
    const automated = readApplicationSpec(app).automated;
    if (automated?.selfHeal && memory.driftSince !== undefined) times.push(memory.driftSince + SELF_HEAL_TIMEOUT_MS);
  }
  return times;
}

function fluxTimes(world: WorldState): number[] {
  const hub = world.clusters[HUB_CLUSTER];
  const times: number[] = [];
  for (const source of listObjects(hub, { group: "source.toolkit.fluxcd.io", kind: "GitRepository" })) {
    const next = world.flux.nextAt[`GitRepository/${source.metadata.name}`];
    if (!readGitRepositorySpec(source).suspend && next !== undefined) times.push(next);
  }
  for (const kustomization of listObjects(hub, { group: "kustomize.toolkit.fluxcd.io", kind: "Kustomization" })) {
    const spec = readKustomizationSpec(kustomization);
    if (spec.suspend) continue;
    const key = `Kustomization/${kustomization.metadata.name}`;
    const next = world.flux.nextAt[key];
    if (next !== undefined) times.push(next);
    const waiting = world.flux.waiting[key];
    if (waiting) times.push(waiting.since + spec.timeoutMs);
  }
  return times;
}

/**
 * The earliest simulated time after now at which a controller is due, or null when nothing is
 * scheduled (no Applications, no Flux objects, everything suspended).
 * @example nextReconcileAt(world) - world.now // 98505: Argo CD's next periodic refresh
 */
export function nextReconcileAt(world: WorldState): number | null {
  const future = [...argoTimes(world), ...fluxTimes(world)].filter((time) => time > world.now);
  return future.length > 0 ? Math.min(...future) : null;
}
