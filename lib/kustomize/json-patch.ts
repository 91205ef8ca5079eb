// JSON 6902 patches (RFC 6902 over RFC 6901 pointers), as kustomize's PatchJson6902
// transformer applies them: add, remove, replace, move, copy and test, in order.
import { KustomizeError } from "./kustomize-error";
import { cloneJson, isJsonObject, jsonEquals, type JsonObject, type JsonValue } from "./json-value";

export interface JsonPatchOperation {
  op: string;
  path: string;
  value?: JsonValue;
  from?: string;
}

function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`the path "${pointer}" must start with "/"`);
  return pointer.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function containerAt(root: JsonValue, tokens: readonly string[], pointer: string): JsonValue {
  let current = root;
  for (const token of tokens) {
    if (Array.isArray(current) && /^\d+$/.test(token) && Number(token) < current.length) current = current[Number(token)];
    else if (isJsonObject(current) && token in current) current = current[token];
    else throw new Error(`the path "${pointer}" does not exist`);
  }
  return current;
}

function getAt(root: JsonValue, pointer: string): JsonValue {
  return containerAt(root, parsePointer(pointer), pointer);
}

function removeAt(root: JsonValue, pointer: string): JsonValue {
  const tokens = parsePointer(pointer);
  const parent = containerAt(root, tokens.slice(0, -1), pointer);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent) && /^\d+$/.test(last) && Number(last) < parent.length) return parent.splice(Number(last), 1)[0];
  if (isJsonObject(parent) && last in parent) {
    const removed = parent[last];
    delete parent[last];
    return removed;
  }
  throw new Error(`the path "${pointer}" does not exist`);
}

function addAt(root: JsonValue, pointer: string, value: JsonValue, replace: boolean): void {
  const tokens = parsePointer(pointer);
  const parent = containerAt(root, tokens.slice(0, -1), pointer);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    const index = last === "-" ? parent.length : Number(last);
    if (!/^\d+$/.test(last) && last !== "-") throw new Error(`"${last}" is not an array index in "${pointer}"`);
    if (index > parent.length || (replace && index >= parent.length)) throw new Error(`the index in "${pointer}" is out of range`);
    parent.splice(index, replace ? 1 : 0, value);
  } else if (isJsonObject(parent)) {
    if (replace && !(last in parent)) throw new Error(`the path "${pointer}" does not exist`);
    parent[last] = value;
  } else throw new Error(`the parent of "${pointer}" is not an object or a list`);
}

function applyOperation(root: JsonObject, operation: JsonPatchOperation): void {
  const value = operation.value === undefined ? null : cloneJson(operation.value);
  switch (operation.op) {
    case "add":
      return addAt(root, operation.path, value, false);
    case "replace":
      return addAt(root, operation.path, value, true);
    case "remove":
      removeAt(root, operation.path);
      return;
    case "move":
      return addAt(root, operation.path, removeAt(root, operation.from ?? ""), false);
    case "copy":
      return addAt(root, operation.path, cloneJson(getAt(root, operation.from ?? "")), false);
    case "test":
      if (!jsonEquals(getAt(root, operation.path), value)) throw new Error(`test failed at "${operation.path}"`);
      return;
    default:
      throw new Error(`unknown operation "${operation.op}"`);
  }
}

/**
 * Applies JSON 6902 operations to a copy of `object`.
 * @example applyJsonPatch({ spec: { replicas: 1 } }, [{ op: "replace", path: "/spec/replicas", value: 3 }], "p.yaml")
 */
export function applyJsonPatch(object: JsonObject, operations: readonly JsonPatchOperation[], file: string): JsonObject {
  const result = cloneJson(object);
  for (const operation of operations) {
    try {
      applyOperation(result, operation);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new KustomizeError("INVALID_PATCH", `${file}: JSON patch ${operation.op} ${operation.path} failed: ${reason}`, { file });
    }
  }
  return result;
}
