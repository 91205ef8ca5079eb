// The three patch formats `kubectl patch --type` accepts, applied to plain JSON:
//   - json (RFC 6902): a list of add / remove / replace / move / copy / test operations;
//   - merge (RFC 7386): maps merge, null deletes a key, lists are replaced whole;
//   - strategic (Kubernetes' default): like merge, but lists of named items (containers,
//     ports, env…) merge item by item by name.
import { getAtPointer, parsePointer, removeAtPointer, setAtPointer } from "@/lib/reconciler/json-pointer";

type Json = unknown;
type Plain = Record<string, Json>;

const isPlain = (value: Json): value is Plain => typeof value === "object" && value !== null && !Array.isArray(value);
const isNamedList = (value: Json): value is Plain[] => Array.isArray(value) && value.length > 0 && value.every((item) => isPlain(item) && typeof item.name === "string");

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isPlain(patch)) return patch;
  const out: Plain = isPlain(target) ? { ...target } : {};
  for (const key of Object.keys(patch)) {
    if (patch[key] === null) delete out[key];
    else out[key] = mergePatch(out[key], patch[key]);
  }
  return out;
}

/** Kubernetes strategic merge patch, for lists keyed by `name`; `$patch: delete` removes an item. */
export function strategicMergePatch(target: Json, patch: Json): Json {
  if (isNamedList(patch) && (isNamedList(target) || target === undefined || (Array.isArray(target) && target.length === 0))) {
    const base = (target ?? []) as Plain[];
    const merged = base.flatMap((item) => {
      const change = patch.find((candidate) => candidate.name === item.name);
      if (!change) return [item];
      if (change.$patch === "delete") return [];
      return [strategicMergePatch(item, change) as Plain];
    });
    const added = patch.filter((item) => item.$patch !== "delete" && !base.some((existing) => existing.name === item.name));
    return [...merged, ...added];
  }
  if (!isPlain(patch)) return patch;
  const out: Plain = isPlain(target) ? { ...target } : {};
  for (const key of Object.keys(patch)) {
    if (patch[key] === null) delete out[key];
    else out[key] = strategicMergePatch(out[key], patch[key]);
  }
  return out;
}

interface Operation {
  op?: unknown;
  path?: unknown;
  from?: unknown;
  value?: unknown;
}

function pointerExists(root: Json, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return true;
  const parent = getAtPointer(root, tokens.slice(0, -1));
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) return /^\d+$/.test(last) && Number(last) < parent.length;
  return isPlain(parent) && last in parent;
}

/** RFC 6902 "add": into a list it inserts (or appends with "-"); into a map it sets. */
function add(root: Json, tokens: readonly string[], value: Json): Json {
  if (tokens.length === 0) return value;
  const parentTokens = tokens.slice(0, -1);
  const parent = getAtPointer(root, parentTokens);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    const index = last === "-" ? parent.length : Number(last);
    if (!/^\d+$/.test(last) && last !== "-") throw new Error(`invalid array index: ${last}`);
    if (index > parent.length) throw new Error(`index out of range: ${last}`);
    return setAtPointer(root, parentTokens, [...parent.slice(0, index), value, ...parent.slice(index)]);
  }
  if (!isPlain(parent)) throw new Error(`doc is missing path: "/${parentTokens.join("/")}": missing value`);
  return setAtPointer(root, tokens, value);
}

function applyOperation(root: Json, operation: Operation): Json {
  if (typeof operation.path !== "string") throw new Error("missing path");
  const tokens = parsePointer(operation.path);
  const need = () => {
    if (!pointerExists(root, tokens)) throw new Error(`doc is missing key: ${operation.path as string}: missing value`);
  };
  switch (operation.op) {
    case "add":
      return add(root, tokens, operation.value);
    case "remove":
      need();
      return removeAtPointer(root, tokens);
    case "replace":
      need();
      return setAtPointer(root, tokens, operation.value);
    case "test":
      need();
      if (JSON.stringify(getAtPointer(root, tokens)) !== JSON.stringify(operation.value)) throw new Error(`testing value ${operation.path as string} failed: test failed`);
      return root;
    case "move":
    case "copy": {
      if (typeof operation.from !== "string") throw new Error("missing from");
      const from = parsePointer(operation.from);
      if (!pointerExists(root, from)) throw new Error(`doc is missing from path: ${operation.from}: missing value`);
      const value = getAtPointer(root, from);
      return add(operation.op === "move" ? removeAtPointer(root, from) : root, tokens, value);
    }
    default:
      throw new Error(`Unexpected kind: ${String(operation.op)}`);
  }
}

/** RFC 6902 JSON patch; an operation that cannot apply is an error with the reason. */
export function jsonPatch(target: Json, operations: Json): { ok: true; value: Json } | { ok: false; message: string } {
  if (!Array.isArray(operations)) return { ok: false, message: "json: cannot unmarshal object into Go value of type jsonpatch.Patch" };
  try {
    return { ok: true, value: operations.reduce<Json>((value, operation) => applyOperation(value, (operation ?? {}) as Operation), target) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
