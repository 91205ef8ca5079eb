// The log merges consecutive advances (appendCommand), which is only safe if stepping a then b
// gives exactly the world of stepping a + b. These tests prove it on worlds where something
// happens inside the interval, so equal worlds are not equal merely because nothing moved.
import { beforeAll, expect, test } from "vitest";
import { stepWorld } from "@/lib/reconciler/world/advance-world";
import type { WorldState } from "@/lib/reconciler/world/world-state";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { bootScenario } from "../scenarios/boot-scenario";
import { deploymentReplicas, deploymentWithReplicas, DEPLOYMENT, worldJson } from "./session-fixtures";

type Booted = Awaited<ReturnType<typeof bootScenario>>;

let argo: Booted;
/** Hand-scaled to 5 replicas: Argo CD's self-heal puts 2 back after its 5 s wait. */
let drifted: WorldState;

beforeAll(async () => {
  argo = await bootScenario("argocd-single-app");
  argo.patch(HUB_CLUSTER, { group: "apps", kind: "Deployment", namespace: "shop", name: "web" }, (live) => ({ ...live, spec: { ...live.spec, replicas: 5 } }), "kubectl-scale");
  drifted = argo.world;
});

test("argocd-single-app with drift: 3000 ms then 4000 ms is JSON-identical to 7000 ms, and self-heal happened in between", async () => {
  const split = await stepWorld(await stepWorld(drifted, 3000, argo.git), 4000, argo.git);
  const whole = await stepWorld(drifted, 7000, argo.git);
  expect(worldJson(split)).toBe(worldJson(whole));
  expect(whole.now - drifted.now).toBe(7000);
  expect(deploymentReplicas(drifted)).toBe(5);
  expect(deploymentReplicas(whole)).toBe(2);
  expect(worldJson(whole)).not.toBe(worldJson(drifted));
});

test("argocd-single-app with drift: every 1 s split of 7 s agrees with the whole, as the clock's ticks are logged", async () => {
  let ticked = drifted;
  for (let second = 0; second < 7; second++) ticked = await stepWorld(ticked, 1000, argo.git);
  expect(worldJson(ticked)).toBe(worldJson(await stepWorld(drifted, 7000, argo.git)));
});

test("stepping 0 ms changes nothing: the same world object comes back", async () => {
  expect(await stepWorld(drifted, 0, argo.git)).toBe(drifted);
});

test("argocd-single-app after a commit and a refresh: a sync running across the split gives the same world", async () => {
  const sim = await bootScenario("argocd-single-app");
  await sim.commitFile(DEPLOYMENT, deploymentWithReplicas(4));
  sim.refresh("web");
  const start = sim.world;
  const split = await stepWorld(await stepWorld(start, 3000, sim.git), 4000, sim.git);
  const whole = await stepWorld(start, 7000, sim.git);
  expect(worldJson(split)).toBe(worldJson(whole));
  expect(deploymentReplicas(start)).toBe(2);
  expect(deploymentReplicas(whole)).toBe(4);
});

test("flux-single-app across its interval: 3000 ms + 4000 ms equals 7000 ms", async () => {
  const sim = await bootScenario("flux-single-app");
  // Land just before Flux's next pass so it falls inside the 7 s window.
  const due = Math.min(...Object.values(sim.world.flux.nextAt).filter((at) => at > sim.world.now));
  const lead = Math.max(0, Math.floor((due - sim.world.now) / 1000) * 1000 - 3000);
  const start = await stepWorld(sim.world, lead, sim.git);
  const split = await stepWorld(await stepWorld(start, 3000, sim.git), 4000, sim.git);
  const whole = await stepWorld(start, 7000, sim.git);
  expect(worldJson(split)).toBe(worldJson(whole));
  expect(JSON.stringify(whole.flux.nextAt)).not.toBe(JSON.stringify(start.flux.nextAt));
});
