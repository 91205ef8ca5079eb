// Reads YAML text into plain JSON documents, with the limits a shared sandbox needs: a
// document over 1 MB and alias expansion beyond a small budget (a "billion laughs" bomb) are
// refused with a YAML_LIMIT error instead of exhausting the worker.
import { parseAllDocuments } from "yaml";
import { GO_YAML_TAGS } from "./go-yaml-tags";
import { KustomizeError } from "./kustomize-error";
import { isJsonObject, type JsonObject, type JsonValue } from "./json-value";

/** Largest YAML file a build reads, in bytes of UTF-16 text (close enough to bytes for a limit). */
export const MAX_YAML_BYTES = 1024 * 1024;
/** How many aliases a document may expand; the yaml package's default, stated here on purpose. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses every document of a YAML stream; empty documents are dropped as kustomize drops them.
 * Manifests are read like go-yaml v3 reads them; kustomization files like sigs.k8s.io/yaml
 * (go-yaml v2, YAML 1.1), where `namespace: no` is a boolean and so an error.
 * @example parseYamlDocuments("a: 1\n---\nb: 2\n", "x.yaml") // [{ a: 1 }, { b: 2 }]
 */
export function parseYamlDocuments(text: string, file: string, dialect: "go-yaml-v3" | "yaml-1.1" = "go-yaml-v3"): JsonValue[] {
  if (text.length > MAX_YAML_BYTES) {
    throw new KustomizeError("YAML_LIMIT", `${file}: the file is larger than 1 MB (${text.length} bytes); split it into smaller files`, { file });
  }
  const documents = parseAllDocuments(
    text,
    dialect === "yaml-1.1"
      ? {
          version: "1.1",
          merge: true,
          uniqueKeys: true,
          // go-yaml v2 keeps sexagesimal numbers and timestamps as strings when decoding into interface{}.
          customTags: (tags) =>
            tags.filter((tag) => typeof tag === "string" || (tag.format !== "TIME" && tag.tag !== "tag:yaml.org,2002:timestamp")),
        }
      : { merge: true, uniqueKeys: true, customTags: (tags) => [...GO_YAML_TAGS, ...tags] },
  );
  const result: JsonValue[] = [];
  for (const document of documents) {
    const problem = document.errors[0];
    if (problem) {
      const position = problem.linePos?.[0];
      const where = position ? ` at line ${position.line}, column ${position.col}` : "";
      const reason = problem.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      throw new KustomizeError("INVALID_YAML", `${file}: invalid YAML${where}: ${reason}`, { file, line: position?.line, column: position?.col });
    }
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new KustomizeError("YAML_LIMIT", `${file}: YAML aliases expand too far (more than ${MAX_ALIAS_COUNT}): ${message}`, { file });
    }
    if (value !== null && value !== undefined) result.push(value as JsonValue);
  }
  return result;
}

function hasNonFiniteNumber(value: JsonValue): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasNonFiniteNumber);
  return isJsonObject(value) && Object.values(value).some(hasNonFiniteNumber);
}

// Kustomize refuses objects it cannot identify ("missing metadata.name in object"), and
// objects JSON cannot hold (.inf, .nan: "json: unsupported value").
function requireIdentity(object: JsonObject, file: string): JsonObject {
  if (hasNonFiniteNumber(object)) {
    throw new KustomizeError("INVALID_RESOURCE", `${file}: .inf and .nan are not allowed in a resource (kustomize handles resources as JSON); quote them`, { file });
  }
  const metadata = isJsonObject(object.metadata) ? object.metadata : null;
  if (typeof object.kind !== "string" || object.kind === "") {
    throw new KustomizeError("INVALID_RESOURCE", `${file}: a resource has no kind`, { file });
  }
  if (!metadata || typeof metadata.name !== "string" || metadata.name === "") {
    throw new KustomizeError("INVALID_RESOURCE", `${file}: missing metadata.name in a ${object.kind}`, { file });
  }
  return object;
}

/**
 * Parses a manifest file into Kubernetes objects: each document must be a mapping, and a
 * `kind: List` is flattened into its items, as kustomize does.
 * @example parseManifests("kind: ConfigMap\nmetadata: {name: a}\n", "a.yaml")
 */
export function parseManifests(text: string, file: string): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const document of parseYamlDocuments(text, file)) {
    if (!isJsonObject(document)) {
      throw new KustomizeError("INVALID_RESOURCE", `${file}: a resource must be a YAML mapping, found ${Array.isArray(document) ? "a list" : "a scalar"}`, { file });
    }
    if (document.kind === "List" && Array.isArray(document.items)) {
      for (const item of document.items) if (isJsonObject(item)) objects.push(requireIdentity(item, file));
      continue;
    }
    objects.push(requireIdentity(document, file));
  }
  return objects;
}
