// The name suffix of generated ConfigMaps and Secrets, as kustomize computes it
// (api/hasher/hasher.go): the object is reduced to a small JSON document
//   ConfigMap: {"data":…, "kind":"ConfigMap", "name":…} (+ "binaryData" when it is a map)
//   Secret:    {"data":…, "kind":"Secret", "name":…, "type":…} (+ "stringData" when it is a map)
// where a missing field is the empty string; Go's json.Marshal writes it (keys sorted), the
// suffix is the first 10 hex digits of its sha256 with 0→g, 1→h, 3→k, a→m, e→t so that it never
// looks like a number or contains a vowel-made word. Other kinds hash their whole JSON.
// Measured against kustomize v5.5 (kubectl 1.32): "name" is always "" — hasher.go looks the
// name up with yaml.Lookup("metadata/name"), one field literally named "metadata/name",
// which never exists. So the suffix depends on the data (and type), never on the name.
import { goJsonMarshal } from "./go-json";
import { isJsonObject, type JsonObject, type JsonValue } from "./json-value";
import { sha256Hex } from "./sha256";

const SUBSTITUTIONS: Record<string, string> = { "0": "g", "1": "h", "3": "k", a: "m", e: "t" };

function fieldOrEmpty(object: JsonObject, field: string): JsonValue {
  const value = object[field];
  return value === undefined || value === null ? "" : value;
}

// See above: kustomize's lookup of the name always misses.
function metadataName(object: JsonObject): JsonValue {
  return fieldOrEmpty(object, "metadata/name");
}

/**
 * The JSON text kustomize feeds to sha256 for this object.
 * @example hashInput({ kind: "ConfigMap", metadata: { name: "a" }, data: { k: "v" } }) // '{"data":{"k":"v"},"kind":"ConfigMap","name":""}'
 */
export function hashInput(object: JsonObject): string {
  if (object.kind === "ConfigMap") {
    const encoded: JsonObject = { kind: "ConfigMap", name: metadataName(object), data: fieldOrEmpty(object, "data") };
    if (isJsonObject(object.binaryData)) encoded.binaryData = object.binaryData;
    return goJsonMarshal(encoded);
  }
  if (object.kind === "Secret") {
    const encoded: JsonObject = { kind: "Secret", type: fieldOrEmpty(object, "type"), name: metadataName(object), data: fieldOrEmpty(object, "data") };
    if (isJsonObject(object.stringData)) encoded.stringData = object.stringData;
    return goJsonMarshal(encoded);
  }
  return goJsonMarshal(object);
}

/**
 * The 10-character suffix kustomize appends to a generated object's name.
 * @example generatorHash({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "app" }, data: { a: "1" } })
 */
export function generatorHash(object: JsonObject): string {
  return Array.from(sha256Hex(hashInput(object)).slice(0, 10), (char) => SUBSTITUTIONS[char] ?? char).join("");
}
