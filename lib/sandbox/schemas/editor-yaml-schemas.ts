// Which schema the editor applies to which file, in monaco-yaml's `schemas` option shape. Models
// are named file:///<repository>/<path>, and yaml-language-server prefixes each pattern with
// "**/" and honours "!" exclusions: a kustomization file gets only the kustomization schema.
import type { JsonSchema } from "./json-schema";
import { KUBERNETES_JSON_SCHEMA } from "./kube-json-schema";
import { KUSTOMIZATION_JSON_SCHEMA } from "./kustomization-json-schema";

export interface EditorSchemaAssociation {
  /** Names the schema (never fetched: schema requests are off). */
  uri: string;
  fileMatch: string[];
  schema: JsonSchema;
}

const KUSTOMIZATION_FILES = ["**/kustomization.yaml", "**/kustomization.yml"];

/**
 * Example: `configureMonacoYaml(monaco, { enableSchemaRequest: false, schemas: [...EDITOR_YAML_SCHEMAS] })`
 */
export const EDITOR_YAML_SCHEMAS: readonly EditorSchemaAssociation[] = [
  { uri: "https://reconcile.invalid/schemas/kustomization.json", fileMatch: KUSTOMIZATION_FILES, schema: KUSTOMIZATION_JSON_SCHEMA },
  {
    uri: "https://reconcile.invalid/schemas/kubernetes.json",
    fileMatch: ["*.yaml", "*.yml", ...KUSTOMIZATION_FILES.map((pattern) => `!${pattern}`)],
    schema: KUBERNETES_JSON_SCHEMA,
  },
];

/**
 * Everything monaco-yaml is configured with (components/sandbox/editor/monaco-setup.ts), so tests
 * can run its worker with the same settings. Nothing is fetched: the schemas are inline.
 */
export function editorYamlOptions() {
  return {
    enableSchemaRequest: false,
    validate: true,
    completion: true,
    hover: true,
    // The schema URIs are names, not places: a link to them in every hover would lead nowhere.
    hoverSchemaSource: false,
    format: { enable: true },
    schemas: EDITOR_YAML_SCHEMAS.map((entry) => ({ uri: entry.uri, fileMatch: [...entry.fileMatch], schema: entry.schema })),
  };
}
