// Golden tests: each case is a small repository under tests/fixtures/kustomize/<case>; the
// build must print exactly what the real kustomize printed (expected.yaml), or fail with the
// stated error code and message.
import { expect, test } from "vitest";
import { buildKustomization, printResources } from "@/lib/kustomize";
import { loadGoldenCase } from "./fixture-tree";

function expectGoldenOutput(name: string): void {
  const golden = loadGoldenCase(name);
  const result = buildKustomization(golden.tree, golden.build);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  expect(golden.expected).toBeDefined();
  expect(printResources(result.resources)).toBe(golden.expected);
}

function expectGoldenError(name: string): void {
  const golden = loadGoldenCase(name);
  const result = buildKustomization(golden.tree, golden.build);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(golden.error!.code);
  expect(result.error.message).toContain(golden.error!.message);
}

test("resources: files, multi-document files and subdirectories, in legacy order", () => expectGoldenOutput("basic-resources"));
test("namePrefix and nameSuffix rewrite every kind of reference", () => expectGoldenOutput("name-prefix-suffix-references"));
test("namespace moves objects, renames the Namespace and sets binding subjects", () => expectGoldenOutput("namespace-rolebinding-subjects"));
test("commonLabels reach metadata, templates and selectors", () => expectGoldenOutput("common-labels-selectors"));
test("labels honour includeSelectors and includeTemplates", () => expectGoldenOutput("labels-include-selectors-templates"));
test("commonAnnotations reach metadata and pod templates", () => expectGoldenOutput("common-annotations"));
test("images: newName, newTag, digest and both", () => expectGoldenOutput("images"));
test("images and labels on custom resources", () => expectGoldenOutput("images-and-labels-on-custom-resources"));
test("namespace with webhooks, APIService and CRD conversion", () => expectGoldenOutput("namespace-webhooks-apiservice"));
test("replicas by base name under a prefix", () => expectGoldenOutput("replicas"));
test("patches: inline strategic merge with a label-selector target", () => expectGoldenOutput("patches-smp-inline-target"));
test("patches: strategic merge files without a target", () => expectGoldenOutput("patches-smp-file-no-target"));
test("patches: $patch: delete and null", () => expectGoldenOutput("patches-smp-delete"));
test("patches: strategic merge directives", () => expectGoldenOutput("patches-smp-directives"));
test("patches: resources matched by earlier names keep their current names", () => expectGoldenOutput("patches-by-earlier-names"));
test("patches: custom-resource lists, replace directives, allowNameChange, List", () => expectGoldenOutput("patches-options-and-lists"));
test("patches: lists merged by key, patch elements first", () => expectGoldenOutput("patches-list-merge"));
test("patches: merge keys only where the Kubernetes schema has them", () => expectGoldenOutput("patches-schema-lists"));
test("patches: ports keyed by port and protocol", () => expectGoldenOutput("patches-ports-protocol"));
test("patches: inline JSON 6902 operations", () => expectGoldenOutput("patches-json6902-inline"));
test("patchesJson6902 from a file and inline", () => expectGoldenOutput("patches-json6902-legacy"));
test("patch targets by group, version, namespace, annotation and label selectors", () => expectGoldenOutput("patches-target-selectors"));
test("patchesStrategicMerge from a file and inline", () => expectGoldenOutput("patches-strategic-merge-legacy"));
test("configMapGenerator from literals, files and env files", () => expectGoldenOutput("configmap-generator-sources"));
test("secretGenerator with types and wrapped base64", () => expectGoldenOutput("secret-generator-type"));
test("generatorOptions and per-generator options", () => expectGoldenOutput("generator-options"));
test("generator behavior merge across an overlay", () => expectGoldenOutput("generator-behavior-merge"));
test("generator merge into a namespaced base", () => expectGoldenOutput("generator-merge-namespaced-base"));
test("generator behavior replace across an overlay", () => expectGoldenOutput("generator-behavior-replace"));
test("references to generated names follow prefix, suffix and hash", () => expectGoldenOutput("generated-name-references"));
test("references choose the target renamed by the same kustomization", () => expectGoldenOutput("name-references-two-bases"));
test("reference quirks of kustomize are kept", () => expectGoldenOutput("name-reference-quirks"));
test("components add resources, generators, labels and patches", () => expectGoldenOutput("components"));
test("overlays of overlays", () => expectGoldenOutput("overlays-of-overlays"));
test("legacy kind order", () => expectGoldenOutput("legacy-kind-order"));
test("YAML printed byte for byte like kustomize", () => expectGoldenOutput("yaml-quoting"));
test("strings in lists printed like kustomize", () => expectGoldenOutput("yaml-strings-in-lists"));
test("map keys printed like kustomize", () => expectGoldenOutput("yaml-keys"));
test("numbers printed like kustomize", () => expectGoldenOutput("yaml-numbers"));
test("manifest scalars read like go-yaml v3", () => expectGoldenOutput("yaml-input-scalars"));

test("error: missing resource file", () => expectGoldenError("error-missing-file"));
test("error: remote resource URL", () => expectGoldenError("error-remote-url"));
test("error: kustomization cycle", () => expectGoldenError("error-cycle"));
test("error: invalid YAML with line and column", () => expectGoldenError("error-invalid-yaml"));
test("error: patch target not found", () => expectGoldenError("error-patch-target-not-found"));
test("error: duplicate resource", () => expectGoldenError("error-duplicate-resource"));
test("error: base without a kustomization file", () => expectGoldenError("error-missing-kustomization"));
test("error: resource file outside the kustomization directory", () => expectGoldenError("error-file-outside-root"));
test("error: a Kustomization listed as a component", () => expectGoldenError("error-component-kind"));
test("error: generator for an existing name without behavior", () => expectGoldenError("error-generator-exists"));
test("error: namespace renames two Namespaces to one", () => expectGoldenError("error-namespace-conflict"));
test("error: YAML alias bomb", () => expectGoldenError("error-alias-bomb"));
