import { test } from "vitest";
import { createFsFromVolume, Volume } from "memfs";
import type { GitFs } from "@/lib/git";
import { DEFAULT_START_TIME } from "@/lib/kube";
import { bootstrapScenario } from "@/lib/sandbox/bootstrap-scenario";
import { SCENARIOS } from "@/lib/sandbox/scenarios";

for (const scenario of SCENARIOS) test(scenario.id, async () => {
  const t0 = performance.now();
  const ctx = { fs: createFsFromVolume(new Volume()) as unknown as GitFs, dir: "/repo", clock: () => DEFAULT_START_TIME, author: { name: "L", email: "l@example.test" } };
  const world = await bootstrapScenario(scenario, { "https://git.example/shop.git": ctx });
  console.log(scenario.id, performance.now() - t0);
  for (const [name, cluster] of Object.entries(world.clusters)) {
    for (const o of Object.values(cluster.objects)) if (["Application", "Kustomization", "GitRepository", "ApplicationSet"].includes(o.kind)) console.log(name, o.kind, o.metadata.name, JSON.stringify(o.status).slice(0, 600));
    console.log(name, Object.keys(cluster.objects).filter(k => !k.includes("CustomResource")).join(" "));
  }
  console.log(world.events.map(e => `${e.time - DEFAULT_START_TIME} ${e.source} ${e.object} ${e.reason} ${e.message}`).join("\n"));
});
