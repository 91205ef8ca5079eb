import { expect, test } from "vitest";
import { patchLive } from "@/lib/reconciler/world/patch-live";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { applicationYaml, deploymentYaml, scaleTo, WEB_DEPLOYMENT } from "./fixtures";
import { appStatus, setUp } from "./world-harness";

const APP = { group: "argoproj.io", kind: "Application", namespace: "argocd", name: "web" };

test("turning selfHeal on in a live Application (argocd app set) takes effect and its status stays valid", async () => {
  const sim = await setUp({ "apps/web/deployment.yaml": deploymentYaml(2) }, applicationYaml({ automated: "{}" }));
  await sim.advance(15_000);
  sim.world = (patchLive(sim.world, HUB_CLUSTER, WEB_DEPLOYMENT, scaleTo(9), "kubectl-scale") as { world: typeof sim.world }).world;
  await sim.advance(10_000);
  expect(appStatus(sim.world, "web").sync).toBe("OutOfSync");
  const edited = patchLive(sim.world, HUB_CLUSTER, APP, (live) => ({ ...live, spec: { ...live.spec, syncPolicy: { automated: { selfHeal: true } } } }), "argocd-server");
  expect(edited.ok ? "ok" : edited.message).toBe("ok");
  sim.world = edited.world;
  await sim.advance(10_000);
  expect(appStatus(sim.world, "web").sync).toBe("Synced");
});
