import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { assessHealth, HEALTH_ORDER, isWorse, worst, type KubeObject } from "@/lib/kube";
import { loadScenario } from "./scenario";

interface HealthCases {
  cases: Array<{ name: string; object: KubeObject; expect: { status: string; message: string } | null }>;
}

const files = readdirSync(path.resolve(__dirname, "../../fixtures/kube/health"))
  .filter((file) => file.endsWith(".yaml"))
  .sort();

test("there is a health fixture for every kind with a rule, and for kinds without one", () => {
  expect(files).toEqual([
    "application.yaml", "cronjob.yaml", "daemonset.yaml", "deployment.yaml", "hpa.yaml", "ingress.yaml", "job.yaml",
    "no-rule.yaml", "pod.yaml", "pvc.yaml", "replicaset.yaml", "rollout.yaml", "service.yaml", "statefulset.yaml",
  ]);
});

for (const file of files) {
  test(`health: ${file}`, () => {
    const { cases } = loadScenario(`health/${file.replace(/\.yaml$/, "")}`) as unknown as HealthCases;
    const actual = cases.map((item) => ({ name: item.name, health: assessHealth(item.object) ?? null }));
    expect(actual).toEqual(cases.map((item) => ({ name: item.name, health: item.expect })));
  });
}

test("a missing object is Missing", () => {
  expect(assessHealth(undefined)).toEqual({ status: "Missing", message: "" });
});

test("worst() follows Argo CD's order: Healthy, Suspended, Progressing, Missing, Degraded, Unknown", () => {
  expect(HEALTH_ORDER).toEqual(["Healthy", "Suspended", "Progressing", "Missing", "Degraded", "Unknown"]);
  expect(worst([])).toBe("Healthy");
  expect(worst(["Healthy", "Suspended"])).toBe("Suspended");
  expect(worst(["Suspended", "Progressing", "Healthy"])).toBe("Progressing");
  expect(worst(["Degraded", "Missing"])).toBe("Degraded");
  expect(worst(["Unknown", "Degraded", "Healthy"])).toBe("Unknown");
  expect(isWorse("Progressing", "Missing")).toBe(true);
  expect(isWorse("Missing", "Suspended")).toBe(false);
});
