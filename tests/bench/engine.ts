// `npm run bench:engine`: the simulation core's speed, as medians of repeated runs.
//   1. reconcile of 1,000 resources: pairing, diff and health of one Application (target ≤ 50 ms)
//      and one full controller pass over it;
//   2. kustomize build of a base + 3 overlays × 100 resources, in process and with the real
//      kustomize (`kubectl kustomize`) when installed (target ≥ 5× faster);
//   3. a commit of 50 changed files (lib/git on an in-memory fs).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createFsFromVolume, Volume } from "memfs";
import { commit, createRepository, writeFile, type GitFs } from "@/lib/git";
import { applyObject, createCluster, gitopsCrds } from "@/lib/kube";
import { buildKustomization } from "@/lib/kustomize";
import { compareApplication } from "@/lib/reconciler/argocd/compare-application";
import { reconcileApplication } from "@/lib/reconciler/argocd/reconcile-application";
import type { Manifest } from "@/lib/reconciler/manifest";
import { HUB_CLUSTER, createWorld } from "@/lib/reconciler/world/world-state";

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(runs: number, work: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function configMaps(count: number): Manifest[] {
  return Array.from({ length: count }, (_, i) => ({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: `config-${String(i).padStart(4, "0")}`, namespace: "bench", labels: { app: "bench" } },
    data: { index: String(i), mode: "production", feature: i % 2 ? "on" : "off" },
  }));
}

async function benchReconcile() {
  const manifests = configMaps(1000);
  let cluster = createCluster({ seed: "bench" });
  for (const manifest of [...gitopsCrds(), ...manifests]) cluster = applyObject(cluster, manifest, { fieldManager: "argocd-controller" }).state;
  const compare = await measure(15, () => compareApplication("bench", manifests, cluster, [], {}));
  const app = { apiVersion: "argoproj.io/v1alpha1", kind: "Application", metadata: { name: "bench", namespace: "argocd" }, spec: { project: "default", source: { repoURL: "bench", path: "." }, destination: { server: "https://kubernetes.default.svc", namespace: "bench" } } };
  cluster = applyObject(cluster, app, { fieldManager: "kubectl" }).state;
  const world = { ...createWorld({ seed: "bench" }), clusters: { [HUB_CLUSTER]: cluster } };
  const primed = { ...world, argo: { bench: { nextRefreshAt: Number.MAX_SAFE_INTEGER, refreshCount: 1, history: [], lastApplied: {}, rendered: { revision: "0".repeat(40), manifests, sourceFiles: [] } } } };
  const noGit = { read: async () => ({ ok: false as const, message: "unused" }), resolve: async () => undefined };
  const appObject = primed.clusters[HUB_CLUSTER].objects["argoproj.io/Application/argocd/bench"];
  const pass = await measure(15, () => reconcileApplication(primed, appObject, noGit));
  console.log(`reconcile, 1,000 resources: compare ${compare.toFixed(1)} ms (target ≤ 50 ms); full controller pass ${pass.toFixed(1)} ms`);
}

function kustomizeTree(): Map<string, string> {
  const tree = new Map<string, string>();
  const names: string[] = [];
  for (let i = 0; i < 100; i++) {
    const name = `svc-${String(i).padStart(3, "0")}`;
    names.push(`${name}.yaml`);
    tree.set(`base/${name}.yaml`, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: app\n          image: registry.example/${name}:1.0.0\n`);
  }
  tree.set("base/kustomization.yaml", `resources:\n${names.map((name) => `  - ${name}`).join("\n")}\nlabels:\n  - pairs: {team: shop}\n    includeSelectors: true\n`);
  for (const env of ["dev", "staging", "prod"]) {
    tree.set(
      `overlays/${env}/kustomization.yaml`,
      `namespace: ${env}\nnamePrefix: ${env}-\nresources:\n  - ../../base\nimages:\n  - name: registry.example/svc-001\n    newTag: 2.0.0\nreplicas:\n  - name: svc-002\n    count: 3\nconfigMapGenerator:\n  - name: settings\n    literals: [ENV=${env}]\n`,
    );
  }
  return tree;
}

async function benchKustomize() {
  const tree = kustomizeTree();
  const inProcess = await measure(15, () => {
    for (const env of ["dev", "staging", "prod"]) {
      const result = buildKustomization(tree, `overlays/${env}`);
      if (!result.ok) throw new Error(result.error.message);
    }
  });
  const real = spawnSync("kubectl", ["version", "--client"], { stdio: "ignore" }).status === 0;
  if (!real) {
    console.log(`kustomize build, base + 3 overlays × 100 resources: in process ${inProcess.toFixed(1)} ms (kubectl not installed: no comparison)`);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "reconcile-bench-"));
  try {
    for (const [file, text] of tree) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const spawned = await measure(5, () => {
      for (const env of ["dev", "staging", "prod"]) execFileSync("kubectl", ["kustomize", path.join(dir, "overlays", env)], { stdio: ["ignore", "ignore", "inherit"] });
    });
    console.log(`kustomize build, base + 3 overlays × 100 resources: in process ${inProcess.toFixed(1)} ms, kubectl kustomize ${spawned.toFixed(1)} ms (${(spawned / inProcess).toFixed(1)}× faster; target ≥ 5×)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchCommit() {
  const samples: number[] = [];
  for (let run = 0; run < 7; run++) {
    let clock = Date.UTC(2026, 0, 1);
    const repo = { fs: createFsFromVolume(new Volume()) as unknown as GitFs, dir: "/repo", clock: () => (clock += 1000), author: { name: "Bench", email: "bench@example.test" }, cache: {} };
    const files = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`apps/app-${i}/deployment.yaml`, `replicas: 1\nindex: ${i}\n`]));
    await createRepository(repo, { files });
    for (let i = 0; i < 50; i++) await writeFile(repo, { path: `apps/app-${i}/deployment.yaml`, content: `replicas: 2\nindex: ${i}\n` });
    const started = performance.now();
    await commit(repo, { message: "Scale everything", all: true });
    samples.push(performance.now() - started);
  }
  console.log(`commit of 50 changed files: ${median(samples).toFixed(1)} ms`);
}

await benchReconcile();
await benchKustomize();
await benchCommit();
