// The value model of a manifest once parsed: plain JSON. Kustomize itself prints every
// resource through JSON (kyaml node → JSON → sigs.k8s.io/yaml), so nothing YAML-specific
// (comments, quoting, anchors) survives a build, and a JSON model loses nothing that matters.

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/**
 * True for a JSON object (not an array, not null).
 * @example isJsonObject([]) // false
 */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A deep copy, so transformations never touch their input.
 * @example cloneJson({ a: [1] }) // { a: [1] }, a new object
 */
export function cloneJson<T extends JsonValue>(value: T): T {
  return structuredClone(value);
}

/**
 * Deep equality of two JSON values.
 * @example jsonEquals({ a: [1] }, { a: [1] }) // true
 */
export function jsonEquals(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEquals(item, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && jsonEquals(a[key], b[key]));
  }
  return false;
}
