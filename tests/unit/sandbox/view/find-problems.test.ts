import { expect, test } from "vitest";
import { problemSchema } from "@/lib/sandbox/view-schema";
import { findProblems } from "@/lib/sandbox/view";
import { deploymentYaml } from "@/lib/sandbox/scenarios/shop-manifests";

const REPO = "https://git.example/shop.git";
const problems = (files: Record<string, string>) => findProblems(REPO, new Map(Object.entries(files))).map(({ repo: _repo, ...problem }) => problem);

const deployment = deploymentYaml({ replicas: 2, image: "nginx:1.27" });

test("a line indented too far is a YAML error at the line yaml stops on, with a hint", () => {
  const broken = deployment.replace("  selector:\n", "   selector:\n");
  expect(problems({ "apps/web/deployment.yaml": broken })).toEqual([
    { path: "apps/web/deployment.yaml", line: 8, column: 13, severity: "error", message: "Nested mappings are not allowed in compact mappings (is the line after it indented too far?)" },
  ]);
});

test("a tab used for indentation is reported where it is", () => {
  expect(problems({ "a.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n" })).toEqual([
    { path: "a.yaml", line: 4, column: 1, severity: "error", message: "Tabs are not allowed as indentation (indent with spaces)" },
  ]);
});

test("a schema error points at the offending value: replicas: \"two\"", () => {
  const broken = deployment.replace("replicas: 2", 'replicas: "two"');
  expect(problems({ "apps/web/deployment.yaml": broken })).toEqual([
    { path: "apps/web/deployment.yaml", line: 8, column: 13, severity: "error", message: "spec.replicas: must be integer" },
  ]);
});

test("a missing required field points at its parent's key", () => {
  const broken = deployment.replace("  selector:\n    matchLabels:\n      app: web\n", "");
  expect(problems({ "d.yaml": broken })).toEqual([{ path: "d.yaml", line: 7, column: 1, severity: "error", message: "spec.selector: Required value" }]);
});

test("an error inside a list item points into that item", () => {
  const broken = deployment.replace("image: nginx:1.27", "image: 127");
  expect(problems({ "d.yaml": broken })).toEqual([
    { path: "d.yaml", line: 19, column: 18, severity: "error", message: "spec.template.spec.containers[0].image: must be string" },
  ]);
});

test("semantic checks run once the schema passes: a selector that does not match the template", () => {
  const broken = deployment.replace("      labels:\n        app: web\n", "      labels:\n        app: shop\n");
  expect(problems({ "d.yaml": broken })).toEqual([
    { path: "d.yaml", line: 15, column: 9, severity: "error", message: 'spec.template.metadata.labels: Invalid value: {"app":"shop"}: `selector` does not match template `labels`' },
  ]);
});

test("every document of a multi-document file is checked, with lines counted from the top of the file", () => {
  const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: Web_Service\n`;
  expect(problems({ "all.yaml": text })).toEqual([
    { path: "all.yaml", line: 9, column: 9, severity: "error", message: expect.stringMatching(/^metadata\.name: Invalid value: "Web_Service": a lowercase RFC 1123 subdomain/) },
  ]);
});

test("an unknown kind is a warning at kind; a CRD defined in the repository makes its kind known", () => {
  expect(problems({ "x.yaml": "apiVersion: apps/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n" })).toEqual([
    { path: "x.yaml", line: 2, column: 7, severity: "warning", message: "The cluster does not serve kind Deployment in apps/v1beta1: applying it fails. Check apiVersion and kind." },
  ]);
  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: { kind: Widget, plural: widgets, singular: widget, listKind: WidgetList }
  versions: [{ name: v1, served: true, storage: true, schema: { openAPIV3Schema: { type: object } } }]
`;
  expect(problems({ "crd.yaml": crd, "widget.yaml": "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n" })).toEqual([]);
});

test("Argo CD and Flux objects are validated with their CRDs' schemas", () => {
  const app = `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://git.example/shop.git\n    path: apps/web\n  destination:\n    namespace: shop\n`;
  expect(problems({ "app.yaml": app })).toEqual([]);
  const fluxKustomization = `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: web\n  namespace: flux-system\nspec:\n  interval: 5m\n  prune: "yes"\n  sourceRef:\n    kind: GitRepository\n    name: shop\n`;
  expect(problems({ "clusters/web.yaml": fluxKustomization })).toEqual([
    { path: "clusters/web.yaml", line: 8, column: 10, severity: "error", message: "spec.prune: must be boolean" },
  ]);
});

test("kustomization.yaml is checked loosely: unknown and unmodelled top-level fields are warnings at their key", () => {
  const text = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\nreplica:\n  - name: web\n    count: 3\nvars: []\n";
  expect(problems({ "apps/web/kustomization.yaml": text })).toEqual([
    { path: "apps/web/kustomization.yaml", line: 5, column: 1, severity: "warning", message: "replica: not a kustomization field; kustomize refuses unknown fields." },
    { path: "apps/web/kustomization.yaml", line: 8, column: 1, severity: "warning", message: "vars: kustomize knows this field but the sandbox does not model it; the build will fail." },
  ]);
  expect(problems({ "kustomization.yaml": "resources: [a.yaml\n" })).toEqual([
    expect.objectContaining({ path: "kustomization.yaml", severity: "error" }),
  ]);
});

test("YAML that is not a Kubernetes object, and files that are not YAML, are left alone", () => {
  expect(problems({ "values.yaml": "replicas: two\nimage:\n  tag: latest\n", "README.md": "kind: [broken", "empty.yaml": "" })).toEqual([]);
});

test("a document with kind but no apiVersion is an error at its start", () => {
  expect(problems({ "cm.yaml": "# settings\nkind: ConfigMap\nmetadata:\n  name: a\n" })).toEqual([
    { path: "cm.yaml", line: 2, column: 1, severity: "error", message: "A Kubernetes object needs both apiVersion and kind (this one has only kind)." },
  ]);
});

test("a duplicate key is reported at the second occurrence", () => {
  expect(problems({ "cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n" })).toEqual([
    { path: "cm.yaml", line: 5, column: 3, severity: "error", message: "Map keys must be unique (a key appears twice in the same mapping)" },
  ]);
});

test("problems are sorted by path, then line, carry the repository, and match the view schema", () => {
  const result = findProblems(REPO, new Map([
    ["b.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: B\n"],
    ["a.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports: 80\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: A\n"],
  ]));
  expect(result.map((problem) => `${problem.path}:${problem.line}`)).toEqual(["a.yaml:6", "a.yaml:11", "b.yaml:4"]);
  for (const problem of result) expect(problemSchema.parse(problem)).toEqual({ ...problem, repo: REPO });
});
