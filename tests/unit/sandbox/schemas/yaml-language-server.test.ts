// The editor's schemas as monaco-yaml really applies them: its worker (yaml-language-server) runs
// here in Node, with monaco-worker-manager's entry swapped for a stub that hands over the worker.
import { register } from "node:module";
import { beforeAll, expect, test } from "vitest";
import { editorYamlOptions } from "@/lib/sandbox/schemas/editor-yaml-schemas";

interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}
interface YamlWorker {
  doValidation(uri: string): Promise<Diagnostic[]>;
  doHover(uri: string, position: { line: number; character: number }): Promise<{ contents: { value: string } } | null>;
  doComplete(uri: string, position: { line: number; character: number }): Promise<{ items: { label: string }[] }>;
}
type WorkerFactory = (ctx: { getMirrorModels(): unknown[] }, createData: Record<string, unknown>) => YamlWorker;

const STUB = `data:text/javascript,${encodeURIComponent("export function initialize(fn) { globalThis.__reconcileYamlWorker = fn; }")}`;
const HOOKS = `data:text/javascript,${encodeURIComponent(
  `export async function resolve(specifier, context, next) {
    if (specifier === "monaco-worker-manager/worker") return { url: ${JSON.stringify(STUB)}, shortCircuit: true };
    return next(specifier, context);
  }`,
)}`;

const documents = new Map<string, { text: string; version: number }>();
let version = 0;

// yaml-language-server caches a document by URI and version, as Monaco's models would bump it.
function setDocument(uri: string, text: string) {
  documents.set(uri, { text, version: ++version });
}
let worker: YamlWorker;

beforeAll(async () => {
  register(HOOKS);
  await import("monaco-yaml/yaml.worker.js");
  const factory = (globalThis as { __reconcileYamlWorker?: WorkerFactory }).__reconcileYamlWorker;
  if (!factory) throw new Error("monaco-yaml's worker did not start");
  const getMirrorModels = () => [...documents].map(([uri, { text, version }]) => ({ uri, version, getValue: () => text }));
  worker = factory({ getMirrorModels }, editorYamlOptions());
}, 60_000);

async function problems(uri: string, text: string): Promise<string[]> {
  setDocument(uri, text);
  return (await worker.doValidation(uri)).map((item) => `${item.range.start.line + 1}: ${item.message}`);
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  strategy:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:1.27
          resources: { limits: { cpu: 500m, memory: 128Mi } }
`;

test("a valid Deployment has no problems; replicas: two has one, on its line", async () => {
  expect(await problems("file:///shop/apps/web/deployment.yaml", DEPLOYMENT)).toEqual([]);
  expect(await problems("file:///shop/apps/web/deployment.yaml", DEPLOYMENT.replace("replicas: 2", "replicas: two"))).toEqual(["6: Incorrect type. Expected one of integer, null."]);
});

test("quantities, enums, names and Secret data are checked as lib/kube checks them", async () => {
  const text = `${DEPLOYMENT.replace("cpu: 500m", "cpu: 500x").replace("name: web\nspec", "name: Web\nspec")}---
apiVersion: v1
kind: Secret
metadata: { name: db }
data: { password: "hunter2!" }
`;
  expect(await problems("file:///shop/all.yaml", text)).toEqual([
    "4: Names use lower-case letters, digits, '-' and '.', and start and end with a letter or digit.",
    "17: A quantity like 100m, 0.5, 128Mi or 1Gi.",
    "22: Values here are base64-encoded. Put plain text under stringData instead.",
  ]);
});

test("kustomization.yaml gets the kustomization schema, not the Kubernetes one", async () => {
  const text = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml]\nimages:\n  - newTag: '1.27'\nhelmCharts: []\n";
  expect(await problems("file:///shop/apps/web/kustomization.yaml", text)).toEqual([
    '5: Missing property "name".',
    "6: The sandbox's kustomize does not support helmCharts; kustomize build will fail.",
  ]);
});

test("YAML that is not a Kubernetes object is left alone", async () => {
  expect(await problems("file:///shop/values.yaml", "replicaCount: 3\nimage: { tag: latest }\n")).toEqual([]);
});

test("hover explains a field; completion offers the kind's fields and only that kind's", async () => {
  setDocument("file:///shop/svc.yaml", "apiVersion: v1\nkind: Service\n\n");
  const hover = await worker.doHover("file:///shop/apps/web/deployment.yaml", { line: 5, character: 4 });
  expect(hover?.contents.value).toContain("Number of desired pods.");
  const labels = (await worker.doComplete("file:///shop/svc.yaml", { line: 2, character: 0 })).items.map((item) => item.label);
  expect(labels).toContain("spec");
  expect(labels).not.toContain("automountServiceAccountToken"); // a ServiceAccount field: "Service" is only its prefix
  setDocument("file:///shop/empty.yaml", "\n");
  const skeletons = (await worker.doComplete("file:///shop/empty.yaml", { line: 0, character: 0 })).items.map((item) => item.label);
  expect(skeletons).toContain("Deployment (apps/v1)");
});
