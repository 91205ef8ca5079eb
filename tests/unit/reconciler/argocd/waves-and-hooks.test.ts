import { expect, test } from "vitest";
import { syncApplication } from "@/lib/reconciler/argocd/app-commands";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { applicationYaml, configMapYaml, deploymentYaml } from "./fixtures";
import { appStatus, setUp } from "./world-harness";

const job = (name: string, hook: string, extra = "") => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
  annotations:
    argocd.argoproj.io/hook: ${hook}
${extra}spec:
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: run
          image: busybox:1.36
`;

const wave = (n: number) => `    argocd.argoproj.io/sync-wave: "${n}"\n`;

function syncedAt(world: { events: { reason: string; object: string; time: number }[] }, object: string): number {
  const event = world.events.find((entry) => entry.reason === "ResourceSynced" && entry.object === object);
  if (!event) throw new Error(`${object} was never synced`);
  return event.time;
}

test("a PreSync hook runs to completion first; waves wait for health and 2 s; a HookSucceeded hook is deleted", async () => {
  const files = {
    "apps/web/migrate.yaml": job("migrate", "PreSync", "    argocd.argoproj.io/hook-delete-policy: HookSucceeded\n"),
    "apps/web/config.yaml": configMapYaml("config", wave(-1)),
    // Pods of this Deployment take 5 s to become ready.
    "apps/web/deployment.yaml": deploymentYaml(1).replace("      labels: { app: web }\n    spec:", '      labels: { app: web }\n      annotations: { sim.reconcile.dev/ready-after-ms: "5000" }\n    spec:'),
    "apps/web/after.yaml": configMapYaml("after", wave(1)),
  };
  const sim = await setUp(files, applicationYaml());
  await sim.advance(1_000);
  sim.world = (syncApplication(sim.world, "web", { prune: false }) as { world: typeof sim.world }).world;
  await sim.advance(60_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "Synced", health: "Healthy", operation: "Succeeded" });
  const migrate = syncedAt(sim.world, "Job/shop/migrate");
  const config = syncedAt(sim.world, "ConfigMap/shop/config");
  const web = syncedAt(sim.world, "Deployment/shop/web");
  const after = syncedAt(sim.world, "ConfigMap/shop/after");
  // The Job runs ~3 s (the cluster's job duration) before wave -1 starts.
  expect(config - migrate).toBeGreaterThanOrEqual(3_000);
  expect(web - config).toBe(2_000);
  // Wave 1 waits until the Deployment is Healthy (its pod is ready after 5 s), not just 2 s.
  expect(after - web).toBeGreaterThanOrEqual(5_000);
  expect(after - web).toBeLessThanOrEqual(7_000);
  expect(sim.world.clusters[HUB_CLUSTER].objects["batch/Job/shop/migrate"]).toBeUndefined();
});

test("a failed PreSync hook fails the sync, runs the SyncFail hook and applies nothing else", async () => {
  const failing = job("migrate", "PreSync").replace("image: busybox:1.36", "image: busybox:1.36\n          command: [\"false\"]");
  const files = {
    "apps/web/migrate.yaml": failing.replace("  template:\n", "  template:\n    metadata:\n      annotations:\n        sim.reconcile.dev/exit-code: \"1\"\n"),
    "apps/web/notify.yaml": job("notify", "SyncFail"),
    "apps/web/deployment.yaml": deploymentYaml(1),
  };
  const sim = await setUp(files, applicationYaml());
  await sim.advance(1_000);
  sim.world = (syncApplication(sim.world, "web", { prune: false }) as { world: typeof sim.world }).world;
  await sim.advance(60_000);
  expect(appStatus(sim.world, "web").operation).toBe("Failed");
  expect(sim.world.clusters[HUB_CLUSTER].objects["batch/Job/shop/notify"]).toBeDefined();
  expect(sim.world.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"]).toBeUndefined();
});

test("BeforeHookCreation (the default policy): a second sync replaces the hook's Job from the first", async () => {
  const sim = await setUp({ "apps/web/migrate.yaml": job("migrate", "PreSync"), "apps/web/deployment.yaml": deploymentYaml(1) }, applicationYaml());
  await sim.advance(1_000);
  for (let run = 0; run < 2; run++) {
    sim.world = (syncApplication(sim.world, "web", { prune: false }) as { world: typeof sim.world }).world;
    await sim.advance(20_000);
    expect(appStatus(sim.world, "web").operation).toBe("Succeeded");
  }
  const jobs = sim.world.events.filter((event) => event.object === "Job/shop/migrate" && event.reason === "ResourceSynced");
  expect(jobs.map((event) => event.message)).toEqual(["job/migrate created", "job/migrate created"]);
  expect(sim.world.clusters[HUB_CLUSTER].objects["batch/Job/shop/migrate"]).toBeDefined();
});
