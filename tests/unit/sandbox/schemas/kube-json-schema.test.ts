import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import { parseAllDocuments } from "yaml";
import { expect, test } from "vitest";
import { KUBE_JSON_SCHEMA_FILE, renderKubeJsonSchema } from "@/lib/cli/kube-json-schema-from-types";
import { BUILTIN_KINDS, type KindInfo } from "@/lib/kube/kinds/builtin-kinds";
import { CUSTOM_KIND_SCHEMAS } from "@/lib/kube/kinds/custom-kind-schemas";
import { validateObject } from "@/lib/kube/validate-object";
import { KUBERNETES_JSON_SCHEMA } from "@/lib/sandbox/schemas/kube-json-schema";
import { KUBE_SCHEMA_KINDS } from "@/lib/sandbox/schemas/kube-schema-kinds";

const root = path.resolve(__dirname, "../../../..");
const validateWithSchema = new Ajv({ allErrors: true }).compile(KUBERNETES_JSON_SCHEMA);

interface Case {
  case: string;
  valid: boolean;
  object: Record<string, unknown>;
}

const cases = parseAllDocuments(readFileSync(path.join(__dirname, "fixtures/kube-objects.yaml"), "utf8")).map((doc) => doc.toJS() as Case);

function kindInfo(object: Record<string, unknown>): KindInfo {
  const { apiVersion, kind } = object as { apiVersion: string; kind: string };
  const builtin = BUILTIN_KINDS.find((info) => info.apiVersion === apiVersion && info.kind === kind);
  if (builtin) return builtin;
  const validate = CUSTOM_KIND_SCHEMAS[`${apiVersion}/${kind}`];
  if (!validate) throw new Error(`lib/kube does not know ${apiVersion}/${kind}`);
  return { apiVersion, kind, namespaced: true, validate };
}

test("the checked-in schema is what the generator makes from the installed kubernetes-models", () => {
  const checkedIn = readFileSync(path.join(root, KUBE_JSON_SCHEMA_FILE), "utf8");
  // On failure: node --import tsx lib/cli/generate-kube-schemas.ts
  expect(renderKubeJsonSchema({ root, kinds: KUBE_SCHEMA_KINDS }) === checkedIn).toBe(true);
}, 60_000);

test("the schema covers exactly the kinds lib/kube validates", () => {
  const served = [...BUILTIN_KINDS.map((info) => `${info.apiVersion}/${info.kind}`), ...Object.keys(CUSTOM_KIND_SCHEMAS)].sort();
  expect(KUBE_SCHEMA_KINDS.map((kind) => `${kind.apiVersion}/${kind.kind}`).sort()).toEqual(served);
  expect(Object.keys(KUBERNETES_JSON_SCHEMA.definitions ?? {}).filter((key) => key.includes("/")).sort()).toEqual(served);
});

test("the schema ships small: under 400 KB minified", () => {
  expect(JSON.stringify(KUBERNETES_JSON_SCHEMA).length).toBeLessThan(400_000);
});

test.each(cases)("$case: schema and lib/kube agree (valid: $valid)", ({ object, valid }) => {
  expect(validateObject(kindInfo(object), object)).toEqual(valid ? [] : expect.arrayContaining([expect.anything()]));
  expect(validateWithSchema(object), JSON.stringify(validateWithSchema.errors)).toBe(valid);
});

test("replicas: \"two\" is reported at its path", () => {
  const deployment = cases.find((item) => item.case === "replicas written as a word")!.object;
  validateWithSchema(deployment);
  expect(validateWithSchema.errors?.map((error) => `${error.dataPath} ${error.message}`)).toContain(".spec.replicas should be integer,null");
});

test("files that are not Kubernetes manifests, and unknown kinds, are left alone", () => {
  expect(validateWithSchema({ name: "values", replicaCount: 3 })).toBe(true);
  expect(validateWithSchema({ apiVersion: "example.com/v1", kind: "Widget", spec: { teeth: "many" } })).toBe(true);
});
