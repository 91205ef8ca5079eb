// The editor's Kubernetes JSON Schema. It is generated (lib/cli/generate-kube-schemas.ts) from the
// kubernetes-models packages lib/kube validates with, because those ship their schemas only as
// compiled validator code and TypeScript declarations, which a browser cannot turn back into a
// schema. A unit test fails when the checked-in JSON no longer matches the installed packages.
import type { JsonSchema } from "./json-schema";
import generated from "./kube-json-schema.json";

/**
 * Draft-07 schema for every kind lib/kube serves: `allOf` of `if {apiVersion, kind} then $ref`.
 * Example: `KUBERNETES_JSON_SCHEMA.definitions?.["apps/v1/Deployment"]?.required` → `["apiVersion", "kind"]`
 */
export const KUBERNETES_JSON_SCHEMA: JsonSchema = generated as JsonSchema;
