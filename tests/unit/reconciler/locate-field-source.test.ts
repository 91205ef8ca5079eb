import { expect, test } from "vitest";
import { locateFieldSource } from "@/lib/reconciler/locate-field-source";

// A base and a prod overlay, in the order kustomize reads them (base first).
const files: [string, string][] = [
  [
    "base/deployment.yaml",
    [
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      "  name: web",
      "spec:",
      "  replicas: 2",
      "  template:",
      "    spec:",
      "      containers:",
      "        - name: app",
      "          image: shop/web:1.4.2",
      "          env:",
      "            - name: MODE",
      "              value: dev",
      "",
    ].join("\n"),
  ],
  ["base/kustomization.yaml", "resources:\n  - deployment.yaml\n"],
  [
    "overlays/prod/patch-env.yaml",
    ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: web", "spec:", "  template:", "    spec:", "      containers:", "        - name: app", "          env:", "            - name: MODE", "              value: prod", ""].join("\n"),
  ],
  [
    "overlays/prod/kustomization.yaml",
    ["namePrefix: prod-", "resources:", "  - ../../base", "patches:", "  - path: patch-env.yaml", "replicas:", "  - name: web", "    count: 5", "images:", "  - name: shop/web", "    newTag: 1.5.0", ""].join("\n"),
  ],
];

test("a field only the base declares points at the base", () => {
  expect(locateFieldSource(files, { kind: "Deployment", name: "prod-web", pointer: "/spec/template/spec/containers/0/name" })).toEqual({
    file: "base/deployment.yaml",
    line: 10,
    column: 17,
  });
});

test("a field an overlay patch changes points at the patch", () => {
  expect(locateFieldSource(files, { kind: "Deployment", name: "prod-web", pointer: "/spec/template/spec/containers/0/env/0/value" })).toEqual({
    file: "overlays/prod/patch-env.yaml",
    line: 12,
    column: 22,
  });
});

test("replicas set by the kustomization's replicas: point there", () => {
  expect(locateFieldSource(files, { kind: "Deployment", name: "prod-web", pointer: "/spec/replicas" })).toEqual({
    file: "overlays/prod/kustomization.yaml",
    line: 8,
    column: 12,
  });
});

test("an image rewritten by images: points at its newTag", () => {
  expect(
    locateFieldSource(files, { kind: "Deployment", name: "prod-web", pointer: "/spec/template/spec/containers/0/image" }, "shop/web:1.5.0"),
  ).toEqual({ file: "overlays/prod/kustomization.yaml", line: 11, column: 13 });
});

test("a field no file declares, or another resource, has no source", () => {
  expect(locateFieldSource(files, { kind: "Deployment", name: "prod-web", pointer: "/spec/paused" })).toBeUndefined();
  expect(locateFieldSource(files, { kind: "Service", name: "prod-web", pointer: "/spec/replicas" })).toBeUndefined();
});
