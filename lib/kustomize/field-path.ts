// Field specs, as kustomize's transformer configurations write them: a slash-separated path
// ("spec/template/metadata/labels") that steps through lists implicitly, an optional kind,
// group and version the spec applies to, and whether a missing field is created.
import type { Gvk } from "./resource";
import { isJsonObject, type JsonObject } from "./json-value";

export interface FieldSpec {
  readonly path: string;
  readonly kind?: string;
  readonly group?: string;
  readonly version?: string;
  readonly create?: boolean;
}

/**
 * Splits a field-spec path; "\/" escapes a slash inside an annotation key, "[]" marks a list.
 * @example splitFieldPath("metadata/annotations/a.io\\/b") // ["metadata", "annotations", "a.io/b"]
 */
export function splitFieldPath(path: string): string[] {
  const segments: string[] = [];
  let current = "";
  for (let i = 0; i < path.length; i++) {
    if (path[i] === "\\" && path[i + 1] === "/") {
      current += "/";
      i++;
    } else if (path[i] === "/") {
      segments.push(current);
      current = "";
    } else current += path[i];
  }
  segments.push(current);
  return segments.map((segment) => (segment.endsWith("[]") ? segment.slice(0, -2) : segment));
}

/**
 * True when the spec applies to a resource of this gvk (empty spec fields match anything).
 * @example fieldSpecApplies({ path: "spec/replicas", kind: "Deployment" }, { group: "apps", version: "v1", kind: "Deployment" }) // true
 */
export function fieldSpecApplies(spec: FieldSpec, gvk: Gvk): boolean {
  if (spec.kind && spec.kind !== gvk.kind) return false;
  if (spec.group && spec.group !== gvk.group) return false;
  if (spec.version && spec.version !== gvk.version) return false;
  return true;
}

/**
 * Calls `visit(parent, key)` for every place the path leads to in `object`, stepping into
 * each element of a list on the way. With `create`, missing maps on the way (and the last
 * field, by the caller's visit) are created; lists are never created.
 * @example visitFieldPath(obj, ["metadata", "labels"], true, (parent, key) => { parent[key] = { ...(parent[key] as object) } })
 */
export function visitFieldPath(
  object: JsonObject,
  segments: readonly string[],
  create: boolean,
  visit: (parent: JsonObject, key: string) => void,
): void {
  const [head, ...rest] = segments;
  if (rest.length === 0) {
    if (head in object || create) visit(object, head);
    return;
  }
  let next = object[head];
  if (next === undefined || next === null) {
    if (!create) return;
    next = {};
    object[head] = next;
  }
  if (Array.isArray(next)) {
    for (const item of next) if (isJsonObject(item)) visitFieldPath(item, rest, create, visit);
  } else if (isJsonObject(next)) {
    visitFieldPath(next, rest, create, visit);
  }
}
