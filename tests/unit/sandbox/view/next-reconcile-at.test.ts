import { expect, test } from "vitest";
import type { KubeObject } from "@/lib/kube";
import { SELF_HEAL_TIMEOUT_MS } from "@/lib/reconciler/argocd/automated-sync";
import { createWorld, HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { nextReconcileAt } from "@/lib/sandbox/view";
import { bootScenario } from "../scenarios/boot-scenario";

const suspend = (object: KubeObject): KubeObject => ({ ...object, spec: { ...object.spec, suspend: true } });

const DEPLOYMENT = { group: "apps", kind: "Deployment", namespace: "shop", name: "web" };

test("Argo CD: the app's next periodic refresh, 120 s to 180 s after the last one", async () => {
  const sim = await bootScenario("argocd-single-app");
  const next = nextReconcileAt(sim.world)!;
  expect(next).toBe(sim.world.argo.web.nextRefreshAt);
  expect(next - sim.world.now).toBeGreaterThan(90_000);
  expect(next - sim.world.now).toBeLessThanOrEqual(150_000);
});

test("Argo CD: drift with selfHeal is due 5 s after it was seen, sooner than the refresh", async () => {
  const sim = await bootScenario("argocd-single-app");
  sim.patch(HUB_CLUSTER, DEPLOYMENT, (live) => ({ ...live, spec: { ...live.spec, replicas: 10 } }), "kubectl-scale");
  await sim.advance(0);
  expect(nextReconcileAt(sim.world)).toBe(sim.world.now + SELF_HEAL_TIMEOUT_MS);
});

test("Argo CD: several apps — the earliest of them", async () => {
  const sim = await bootScenario("environments");
  const refreshes = ["web-dev", "web-prod", "web-staging"].map((name) => sim.world.argo[name].nextRefreshAt);
  expect(nextReconcileAt(sim.world)).toBe(Math.min(...refreshes));
});

test("Flux: the earliest of the GitRepository's and the Kustomization's next runs; nothing while both are suspended", async () => {
  const sim = await bootScenario("flux-single-app");
  const { nextAt } = sim.world.flux;
  expect(nextReconcileAt(sim.world)).toBe(Math.min(nextAt["GitRepository/shop"], nextAt["Kustomization/web"]));
  // The source is polled every minute (± 5 %), the apply every five.
  expect(nextAt["GitRepository/shop"] - sim.world.now).toBeLessThan(63_000);
  sim.patch(HUB_CLUSTER, { group: "source.toolkit.fluxcd.io", kind: "GitRepository", namespace: "flux-system", name: "shop" }, suspend, "flux");
  expect(nextReconcileAt(sim.world)).toBe(nextAt["Kustomization/web"]);
  sim.patch(HUB_CLUSTER, { group: "kustomize.toolkit.fluxcd.io", kind: "Kustomization", namespace: "flux-system", name: "web" }, suspend, "flux");
  expect(nextReconcileAt(sim.world)).toBeNull();
});

test("a world without GitOps controllers has nothing scheduled", () => {
  expect(nextReconcileAt(createWorld({ seed: "empty" }))).toBeNull();
});

test("advancing to nextReconcileAt makes Argo CD refresh: the refresh count goes up and the next one moves on", async () => {
  const sim = await bootScenario("argocd-single-app");
  const next = nextReconcileAt(sim.world)!;
  const count = sim.world.argo.web.refreshCount;
  await sim.advance(next - sim.world.now);
  expect(sim.world.argo.web.refreshCount).toBe(count + 1);
  expect(nextReconcileAt(sim.world)!).toBeGreaterThan(next);
});
