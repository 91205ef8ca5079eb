// Bad input gets a structured error, never an exception: size and alias limits, YAML
// positions, unsupported fields, and errors that survive JSON (a worker boundary).
import { expect, test } from "vitest";
import { buildKustomization, KustomizeError } from "@/lib/kustomize";

const configMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: ";

test("a manifest over 1 MB is refused with YAML_LIMIT", () => {
  const tree = new Map([
    ["kustomization.yaml", "resources: [big.yaml]\n"],
    ["big.yaml", `${configMap}${"x".repeat(1024 * 1024)}\n`],
  ]);
  const result = buildKustomization(tree, ".");
  expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "YAML_LIMIT", file: "big.yaml" }) });
  if (!result.ok) expect(result.error.message).toContain("larger than 1 MB");
});

test("invalid YAML carries its line and column", () => {
  const tree = new Map([
    ["kustomization.yaml", "resources: [bad.yaml]\n"],
    ["bad.yaml", "kind: ConfigMap\nmetadata:\n  name: [unclosed\n"],
  ]);
  const result = buildKustomization(tree, "");
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatchObject({ code: "INVALID_YAML", file: "bad.yaml", line: expect.any(Number), column: expect.any(Number) });
});

test("an unsupported kustomize field is named, not ignored", () => {
  const result = buildKustomization(new Map([["kustomization.yaml", "replacements: []\n"]]), "");
  expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "UNSUPPORTED_FIELD" }) });
});

test("an unknown field is INVALID_KUSTOMIZATION with the field in the message", () => {
  const result = buildKustomization(new Map([["kustomization.yaml", "resource: [a.yaml]\n"]]), "");
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatchObject({ code: "INVALID_KUSTOMIZATION", file: "kustomization.yaml" });
});

test("building outside the tree or without a kustomization returns an error", () => {
  expect(buildKustomization(new Map(), "../elsewhere")).toMatchObject({ ok: false, error: { code: "PATH_OUTSIDE_ROOT" } });
  expect(buildKustomization(new Map(), "")).toMatchObject({ ok: false, error: { code: "MISSING_KUSTOMIZATION" } });
});

test("errors are plain data that survive JSON", () => {
  const error = new KustomizeError("CYCLE", "a/kustomization.yaml: kustomization cycle: a → b → a", { file: "a/kustomization.yaml" });
  expect(JSON.parse(JSON.stringify(error))).toEqual({ code: "CYCLE", message: error.message, file: "a/kustomization.yaml" });
});

test("the input tree is not modified and the same input gives the same output", () => {
  const tree = new Map([
    ["kustomization.yaml", "namePrefix: p-\nresources: [cm.yaml]\ncommonLabels: {a: b}\n"],
    ["cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"],
  ]);
  const before = new Map(tree);
  const first = buildKustomization(tree, "");
  expect(buildKustomization(tree, "")).toEqual(first);
  expect(tree).toEqual(before);
});

test("a kustomization is read as YAML 1.1, like kustomize: `namespace: no` is a boolean", () => {
  const result = buildKustomization(new Map([["kustomization.yaml", "namespace: no\n"]]), "");
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.message).toBe("kustomization.yaml: invalid kustomization at namespace: Invalid input: expected string, received boolean (quote the value to make it a string)");
});

test("a resource with .inf or without a name is INVALID_RESOURCE", () => {
  const tree = (body: string) => new Map([["kustomization.yaml", "resources: [r.yaml]\n"], ["r.yaml", body]]);
  expect(buildKustomization(tree("kind: Thing\nmetadata: {name: t}\nspec: {x: .inf}\n"), "")).toMatchObject({ ok: false, error: { code: "INVALID_RESOURCE", file: "r.yaml" } });
  expect(buildKustomization(tree("kind: ConfigMap\nmetadata: {labels: {a: b}}\n"), "")).toMatchObject({
    ok: false,
    error: { code: "INVALID_RESOURCE", message: "r.yaml: missing metadata.name in a ConfigMap" },
  });
});
