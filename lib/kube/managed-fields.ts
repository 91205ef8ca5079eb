import type { JsonObject, ManagedFieldsEntry } from "./types";

// FieldsV1 as the API server writes it: `f:<field>` for map keys, `k:{"name":"x"}` for items
// of lists keyed by name (containers, ports, env), `{}` for a leaf and `".": {}` for an item itself.
export type FieldsTree = JsonObject;

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** A list whose items all have a string `name` is keyed by name (Kubernetes' listMapKey). */
export function isNamedList(value: unknown): value is Array<Plain & { name: string }> {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isPlainObject(item) && typeof item.name === "string");
}

/** FieldsV1 key of a list item keyed by name. Example: `itemKey("web")` → `k:{"name":"web"}` */
export const itemKey = (name: string) => `k:${JSON.stringify({ name })}`;

/**
 * The FieldsV1 tree of every field set in `value` (metadata system fields and status excluded by the caller).
 * Example: `fieldsOf({ spec: { replicas: 3 } })` → `{ "f:spec": { "f:replicas": {} } }`
 */
export function fieldsOf(value: Plain): FieldsTree {
  const tree: FieldsTree = {};
  for (const key of Object.keys(value).sort()) {
    tree[`f:${key}`] = fieldsOfValue(value[key]);
  }
  return tree;
}

function fieldsOfValue(value: unknown): FieldsTree {
  if (isNamedList(value)) {
    const tree: FieldsTree = {};
    for (const item of [...value].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      tree[itemKey(item.name)] = { ".": {}, ...fieldsOf(item) };
    }
    return tree;
  }
  if (isPlainObject(value) && Object.keys(value).length > 0) return fieldsOf(value);
  return {};
}

/**
 * The fields whose value differs between `before` and `after` (added or changed), as FieldsV1.
 * Example: `changedFields({ spec: { replicas: 1 } }, { spec: { replicas: 3 } })` → `{ "f:spec": { "f:replicas": {} } }`
 */
export function changedFields(before: unknown, after: unknown): FieldsTree | null {
  if (isNamedList(after) && (isNamedList(before) || before === undefined)) {
    const tree: FieldsTree = {};
    const previous = new Map((before ?? []).map((item) => [item.name, item]));
    for (const item of [...after].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const sub = changedFields(previous.get(item.name), item);
      if (sub) tree[itemKey(item.name)] = previous.has(item.name) ? sub : { ".": {}, ...sub };
    }
    return Object.keys(tree).length > 0 ? tree : null;
  }
  if (isPlainObject(after) && Object.keys(after).length > 0) {
    const base = isPlainObject(before) ? before : {};
    const tree: FieldsTree = {};
    for (const key of Object.keys(after).sort()) {
      const sub = changedFields(base[key], after[key]);
      if (sub) tree[`f:${key}`] = sub;
    }
    return Object.keys(tree).length > 0 ? tree : null;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? null : {};
}

/** Remove from `tree` every leaf that `taken` also contains (another manager took those fields). */
export function subtractFields(tree: FieldsTree, taken: FieldsTree): FieldsTree {
  const out: FieldsTree = {};
  for (const key of Object.keys(tree).sort()) {
    const mine = tree[key] as FieldsTree;
    const theirs = taken[key] as FieldsTree | undefined;
    if (theirs === undefined) {
      out[key] = mine;
      continue;
    }
    const mineIsLeaf = Object.keys(mine).length === 0;
    if (mineIsLeaf || Object.keys(theirs).length === 0) continue;
    const rest = subtractFields(mine, theirs);
    const meaningful = Object.keys(rest).filter((name) => name !== ".");
    if (meaningful.length > 0) out[key] = rest;
  }
  return out;
}

/** Union of two FieldsV1 trees. */
export function mergeFields(a: FieldsTree, b: FieldsTree): FieldsTree {
  const out: FieldsTree = { ...a };
  for (const key of Object.keys(b)) {
    out[key] = key in a ? mergeFields(a[key] as FieldsTree, b[key] as FieldsTree) : b[key];
  }
  return Object.fromEntries(Object.keys(out).sort().map((key) => [key, out[key]]));
}

export interface RecordWrite {
  manager: string;
  operation: "Apply" | "Update";
  apiVersion: string;
  time: string;
  fields: FieldsTree;
  subresource?: string;
}

/**
 * Record a write in managedFields: the writer takes the fields it set; other managers lose them
 * (Kubernetes: an Update, or a forced Apply as Argo CD and Flux do, transfers ownership).
 * An Apply replaces the manager's whole set; an Update adds to it.
 */
export function recordManagedFields(entries: readonly ManagedFieldsEntry[], write: RecordWrite): ManagedFieldsEntry[] {
  const sameWriter = (entry: ManagedFieldsEntry) =>
    entry.manager === write.manager && entry.operation === write.operation && (entry.subresource ?? "") === (write.subresource ?? "");
  const previous = entries.find(sameWriter);
  const own = write.operation === "Update" && previous ? mergeFields(previous.fieldsV1, write.fields) : write.fields;
  const others = entries
    .filter((entry) => !sameWriter(entry))
    .map((entry) => ({ ...entry, fieldsV1: subtractFields(entry.fieldsV1, write.fields) }))
    .filter((entry) => Object.keys(entry.fieldsV1).length > 0);
  const mine: ManagedFieldsEntry = {
    manager: write.manager,
    operation: write.operation,
    apiVersion: write.apiVersion,
    time: write.time,
    fieldsType: "FieldsV1",
    fieldsV1: own,
    ...(write.subresource ? { subresource: write.subresource } : {}),
  };
  const all = Object.keys(own).length > 0 ? [...others, mine] : others;
  return all.sort((a, b) => compareEntries(a, b));
}

function compareEntries(a: ManagedFieldsEntry, b: ManagedFieldsEntry): number {
  const left = `${a.manager}\u0000${a.operation}\u0000${a.subresource ?? ""}`;
  const right = `${b.manager}\u0000${b.operation}\u0000${b.subresource ?? ""}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Which managers own a field, by dotted path with `[name]` for keyed items.
 * Example: `managersOf(deployment.metadata.managedFields, "spec.replicas")` → `["hpa-controller"]`
 */
export function managersOf(entries: readonly ManagedFieldsEntry[] | undefined, path: string): string[] {
  const segments = path.match(/[^.[\]]+|\[[^\]]+\]/g) ?? [];
  const keys = segments.map((segment) => (segment.startsWith("[") ? itemKey(segment.slice(1, -1)) : `f:${segment}`));
  const owners = (entries ?? []).filter((entry) => {
    let node: JsonObject | undefined = entry.fieldsV1;
    for (const key of keys) {
      node = node?.[key] as JsonObject | undefined;
    }
    return node !== undefined;
  });
  return [...new Set(owners.map((entry) => entry.manager))].sort();
}
