import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import {
  advanceCluster,
  applyObject,
  createCluster,
  deleteObject,
  listObjects,
  setCpuLoad,
  type ApplyResult,
  type ClusterOptions,
  type ClusterState,
  type DeleteResult,
  type KubeObject,
  type ObjectKey,
} from "@/lib/kube";

const FIXTURES = path.resolve(__dirname, "../../fixtures/kube");

export type Step =
  | { apply: unknown[]; fieldManager?: string; operation?: "Apply" | "Update" }
  | { advance: number }
  | { delete: ObjectKey; fieldManager?: string; propagationPolicy?: "Background" | "Foreground" | "Orphan" }
  | { cpuLoad: { namespace: string; name: string; percent: number } }
  | { observe: string };

/** A scenario fixture: cluster options, steps, and whatever the test expects. */
export interface Scenario {
  cluster?: ClusterOptions;
  steps: Step[];
  expect?: Record<string, unknown>;
}

export interface ScenarioRun {
  state: ClusterState;
  applied: ApplyResult[];
  deleted: DeleteResult[];
  observed: Record<string, ClusterState>;
}

export function loadScenario(name: string): Scenario {
  return parse(readFileSync(path.join(FIXTURES, `${name}.yaml`), "utf8")) as Scenario;
}

export function loadText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}

/** Run a scenario's steps against a fresh cluster. */
export function runScenario(scenario: Scenario): ScenarioRun {
  let state = createCluster(scenario.cluster ?? {});
  const applied: ApplyResult[] = [];
  const deleted: DeleteResult[] = [];
  const observed: Record<string, ClusterState> = {};
  for (const step of scenario.steps) {
    if ("apply" in step) {
      for (const manifest of step.apply) {
        const result = applyObject(state, manifest, { fieldManager: step.fieldManager ?? "argocd-controller", operation: step.operation });
        applied.push(result);
        state = result.state;
      }
    } else if ("advance" in step) {
      state = advanceCluster(state, step.advance);
    } else if ("delete" in step) {
      const result = deleteObject(state, step.delete, { fieldManager: step.fieldManager ?? "argocd-controller", propagationPolicy: step.propagationPolicy });
      deleted.push(result);
      state = result.state;
    } else if ("cpuLoad" in step) {
      state = setCpuLoad(state, step.cpuLoad.namespace, step.cpuLoad.name, step.cpuLoad.percent);
    } else {
      observed[step.observe] = state;
    }
  }
  return { state, applied, deleted, observed };
}

/** Pods per owning ReplicaSet with how many are ready: `{ "web-abc": "2/3" }`. */
export function podsByOwner(state: ClusterState, namespace = "default"): Record<string, string> {
  const out: Record<string, { total: number; ready: number }> = {};
  for (const pod of listObjects(state, { kind: "Pod", namespace })) {
    const owner = pod.metadata.ownerReferences?.[0]?.name ?? "(none)";
    const ready = ((pod.status?.conditions ?? []) as Array<{ type: string; status: string }>).some((item) => item.type === "Ready" && item.status === "True");
    const entry = out[owner] ?? { total: 0, ready: 0 };
    out[owner] = { total: entry.total + 1, ready: entry.ready + (ready ? 1 : 0) };
  }
  return Object.fromEntries(Object.entries(out).map(([owner, counts]) => [owner, `${counts.ready}/${counts.total}`]));
}

export function find(state: ClusterState, kind: string, name: string, namespace = "default"): KubeObject | undefined {
  return listObjects(state, { kind, namespace }).find((object) => object.metadata.name === name);
}
