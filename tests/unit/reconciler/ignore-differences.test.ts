import { expect, test } from "vitest";
import { ignoredFields, withoutFields } from "@/lib/reconciler/ignore-differences";
import { jqPathMatches, JqPathError } from "@/lib/reconciler/jq-path";
import type { Manifest } from "@/lib/reconciler/manifest";

const deployment: Manifest = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", namespace: "shop", labels: { "app.kubernetes.io/version": "1.4" }, annotations: { "sidecar.istio.io/status": "injected" } },
  spec: {
    replicas: 4,
    template: {
      spec: {
        initContainers: [{ name: "istio-init", image: "proxy:1" }],
        containers: [
          { name: "app", image: "shop/web:1.4" },
          { name: "istio-proxy", image: "proxy:1" },
        ],
      },
    },
  },
};

test.each([
  [".spec.replicas", [["spec", "replicas"]]],
  ['.metadata.labels["app.kubernetes.io/version"]', [["metadata", "labels", "app.kubernetes.io/version"]]],
  ['.metadata.annotations."sidecar.istio.io/status"', [["metadata", "annotations", "sidecar.istio.io/status"]]],
  [".spec.template.spec.containers[].image", [["spec", "template", "spec", "containers", "0", "image"], ["spec", "template", "spec", "containers", "1", "image"]]],
  [".spec.template.spec.containers[1]", [["spec", "template", "spec", "containers", "1"]]],
  ['.spec.template.spec.containers[] | select(.name == "istio-proxy")', [["spec", "template", "spec", "containers", "1"]]],
  ['.spec.template.spec.containers[] | select(.name != "istio-proxy") | .image', [["spec", "template", "spec", "containers", "0", "image"]]],
  [".spec.nothing.here", []],
])("jq %s", (expression, expected) => {
  expect(jqPathMatches(deployment, expression)).toEqual(expected);
});

test("unsupported jq is refused with a stable code, not ignored", () => {
  expect(() => jqPathMatches(deployment, ".spec | keys")).toThrow(JqPathError);
  expect(() => jqPathMatches(deployment, "spec.replicas")).toThrow("a path must start with .");
});

test("rules match group, kind, name and namespace; matching fields are removed", () => {
  const rules = [
    { group: "apps", kind: "Deployment", jsonPointers: ["/spec/replicas"] },
    { group: "apps", kind: "Deployment", name: "other", jsonPointers: ["/metadata/labels"] },
    { group: "", kind: "Service", jsonPointers: ["/spec/clusterIP"] },
    { group: "apps", kind: "Deployment", jqPathExpressions: ['.spec.template.spec.initContainers[] | select(.name == "istio-init")'] },
  ];
  const fields = ignoredFields(rules, deployment);
  expect(fields).toEqual([
    ["spec", "replicas"],
    ["spec", "template", "spec", "initContainers", "0"],
  ]);
  const trimmed = withoutFields(deployment, fields) as Manifest & { spec: { template: { spec: Record<string, unknown> } } };
  expect(trimmed.spec).not.toHaveProperty("replicas");
  expect(trimmed.spec.template.spec.initContainers).toEqual([]);
  expect(deployment.spec).toHaveProperty("replicas", 4);
});

test("fields owned by a trusted manager are ignored", () => {
  const fields = ignoredFields([{ group: "apps", kind: "Deployment", managedFieldsManagers: ["hpa-controller"] }], deployment, (manager) =>
    manager === "hpa-controller" ? [["spec", "replicas"]] : [],
  );
  expect(fields).toEqual([["spec", "replicas"]]);
});

test("removing several elements of one list removes the right ones", () => {
  const list = { items: ["a", "b", "c", "d"] };
  expect(withoutFields(list, [["items", "1"], ["items", "3"]])).toEqual({ items: ["a", "c"] });
});
