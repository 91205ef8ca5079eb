import { expect, test } from "vitest";
import { canonicalQuantity } from "@/lib/kube";
import { find, loadScenario, runScenario } from "./scenario";

test("the API server fills Deployment and Service defaults that show up in diffs", () => {
  const scenario = loadScenario("deployment-defaults");
  const { state, applied } = runScenario(scenario);
  expect(applied.map((result) => result.ok)).toEqual([true, true]);
  expect(find(state, "Deployment", "web")?.spec).toEqual(scenario.expect?.deploymentSpec);
  expect(find(state, "Service", "web")?.spec).toEqual(scenario.expect?.serviceSpec);
});

test("quantities are stored in canonical form, nodePorts allocated once, and a re-apply changes nothing", () => {
  const scenario = loadScenario("normalisation");
  const { state, applied } = runScenario(scenario);
  const expected = scenario.expect as Record<string, unknown>;
  expect(applied.map((result) => (result.ok ? result.action : result.error.code))).toEqual(expected.actions);
  const template = find(state, "Deployment", "web")?.spec?.template as { spec: { containers: Array<{ resources: unknown }> } };
  expect(template.spec.containers[0].resources).toEqual(expected.resources);
  expect(find(state, "PersistentVolumeClaim", "data")?.spec).toEqual(expected.claimSpec);
  const service = find(state, "Service", "web");
  expect(service?.spec?.ports).toEqual(expected.servicePorts);
  expect(service?.spec?.allocateLoadBalancerNodePorts).toBe(expected.allocateLoadBalancerNodePorts);
});

test("canonicalQuantity follows Kubernetes' resource.Quantity canonical forms", () => {
  const cases: Array<[string | number, string | null]> = [
    ["1000m", "1"], ["1500m", "1500m"], ["0.1", "100m"], [0.25, "250m"], ["2000", "2k"], ["1000M", "1G"],
    ["3072Mi", "3Gi"], ["1536Mi", "1536Mi"], ["0.5Gi", "512Mi"], ["1.5Ki", "1536"], ["129e6", "129e6"], ["abc", null],
  ];
  expect(cases.map(([input]) => [input, canonicalQuantity(input)])).toEqual(cases);
});
