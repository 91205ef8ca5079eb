import Ajv from "ajv";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { kustomizationSchema } from "@/lib/kustomize/kustomization-schema";
import { EDITOR_YAML_SCHEMAS } from "@/lib/sandbox/schemas/editor-yaml-schemas";
import { KUSTOMIZATION_JSON_SCHEMA } from "@/lib/sandbox/schemas/kustomization-json-schema";

const validate = new Ajv({ allErrors: true }).compile(KUSTOMIZATION_JSON_SCHEMA);

const cases: { name: string; yaml: string; valid: boolean }[] = [
  {
    name: "a typical overlay",
    valid: true,
    yaml: `
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop-prod
namePrefix: prod-
resources: [../../base]
labels: [{ pairs: { env: prod }, includeSelectors: false }]
images: [{ name: nginx, newTag: "1.27" }]
replicas: [{ name: web, count: 3 }]
patches:
  - target: { kind: Deployment, name: web }
    patch: |
      - op: replace
        path: /spec/template/spec/containers/0/image
        value: nginx:1.27
configMapGenerator: [{ name: settings, literals: [MODE=fast] }]
`,
  },
  { name: "an image without a name", valid: false, yaml: "images: [{ newTag: '1.0' }]" },
  { name: "replicas counted in words", valid: false, yaml: "replicas: [{ name: web, count: two }]" },
  { name: "a misspelt field", valid: false, yaml: "resource: [deployment.yaml]" },
  { name: "an unknown generator behavior", valid: false, yaml: "configMapGenerator: [{ name: a, behavior: append }]" },
  { name: "a tag YAML reads as a number", valid: false, yaml: "images: [{ name: nginx, newTag: 1.27 }]" },
];

test.each(cases)("$name: the JSON Schema agrees with lib/kustomize's zod schema (valid: $valid)", ({ yaml, valid }) => {
  const value = parse(yaml) as unknown;
  expect(kustomizationSchema.safeParse(value).success).toBe(valid);
  expect(validate(value), JSON.stringify(validate.errors)).toBe(valid);
});

test("fields the sandbox's kustomize does not implement carry a warning, and every field a description", () => {
  expect(KUSTOMIZATION_JSON_SCHEMA.properties?.helmCharts?.deprecationMessage).toMatch(/does not support helmCharts/);
  const undescribed = Object.entries(KUSTOMIZATION_JSON_SCHEMA.properties ?? {})
    .filter(([, schema]) => !schema.description && !schema.deprecationMessage)
    .map(([name]) => name);
  expect(undescribed).toEqual([]);
});

// yaml-language-server's reading of fileMatch (vscode-json-languageservice's
// FilePatternAssociation): each pattern is prefixed with "**/" and made a globstar regular
// expression; the last matching pattern decides, and "!" excludes.
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split("**/")
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"))
    .join("(?:[^/]*/)*");
  return new RegExp(`^${source}$`);
}

function matches(fileMatch: readonly string[], uri: string): boolean {
  let matched = false;
  for (const pattern of fileMatch) {
    const include = !pattern.startsWith("!");
    if (globToRegExp(`**/${include ? pattern : pattern.slice(1)}`).test(uri)) matched = include;
  }
  return matched;
}

test.each([
  ["file:///shop/apps/web/kustomization.yaml", "kustomization.json"],
  ["file:///shop/kustomization.yml", "kustomization.json"],
  ["file:///shop/apps/web/deployment.yaml", "kubernetes.json"],
  ["file:///shop/app.yml", "kubernetes.json"],
])("%s gets only %s", (uri, schema) => {
  expect(EDITOR_YAML_SCHEMAS.filter((entry) => matches(entry.fileMatch, uri)).map((entry) => entry.uri.split("/").pop())).toEqual([schema]);
});
