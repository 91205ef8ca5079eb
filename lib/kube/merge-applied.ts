import { isNamedList, itemKey, mergeFields, type FieldsTree } from "./managed-fields";
import type { KubeObject } from "./types";
import { userContent } from "./store/write-object";

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Server-side apply, enough for GitOps: the manifest's fields win; fields this manager applied
 * before and no longer sets are removed unless another manager owns them; fields owned by others
 * (an HPA's replicas, a webhook's annotation) or defaulted by the server stay.
 * Example: `mergeApplied(live, manifest, "argocd-controller")`
 */
export function mergeApplied(live: KubeObject, manifest: KubeObject, manager: string): KubeObject {
  const entries = live.metadata.managedFields ?? [];
  const mine = entries.find((entry) => entry.manager === manager && entry.operation === "Apply")?.fieldsV1 ?? {};
  const others = entries
    .filter((entry) => !(entry.manager === manager && entry.operation === "Apply"))
    .reduce<FieldsTree>((all, entry) => mergeFields(all, entry.fieldsV1), {});
  const pruned = pruneFields(userContent(live), mine, others);
  const merged = deepMerge(pruned, userContent(manifest)) as KubeObject;
  return { ...merged, metadata: { ...merged.metadata } };
}

function pruneFields(value: Plain, mine: FieldsTree, others: FieldsTree): Plain {
  const out: Plain = { ...value };
  for (const key of Object.keys(mine)) {
    if (!key.startsWith("f:")) continue;
    const field = key.slice(2);
    if (!(field in out)) continue;
    const myTree = mine[key] as FieldsTree;
    const theirTree = others[key] as FieldsTree | undefined;
    const leaf = Object.keys(myTree).length === 0;
    if (theirTree === undefined && leaf) {
      delete out[field];
    } else if (!leaf) {
      const pruned = pruneValue(out[field], myTree, theirTree ?? {});
      if (pruned === undefined) delete out[field];
      else out[field] = pruned;
    }
  }
  return out;
}

function pruneValue(value: unknown, mine: FieldsTree, others: FieldsTree): unknown {
  if (isNamedList(value)) {
    const kept = value
      .filter((item) => {
        const key = itemKey(item.name);
        return !(key in mine) || key in others;
      })
      .map((item) => {
        const key = itemKey(item.name);
        return key in mine ? pruneFields(item, mine[key] as FieldsTree, (others[key] ?? {}) as FieldsTree) : item;
      });
    return kept.length > 0 ? kept : undefined;
  }
  if (isPlainObject(value)) {
    const pruned = pruneFields(value, mine, others);
    return Object.keys(pruned).length > 0 || Object.keys(others).length > 0 ? pruned : undefined;
  }
  return value;
}

/** Maps merge key by key; lists keyed by name merge item by item; other lists are replaced. */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (isNamedList(patch) && (isNamedList(base) || base === undefined)) {
    const baseItems = base ?? [];
    const patched = patch.map((item) => {
      const existing = baseItems.find((candidate) => candidate.name === item.name);
      return existing ? deepMerge(existing, item) : item;
    });
    const extra = baseItems.filter((item) => !patch.some((candidate) => candidate.name === item.name));
    return [...patched, ...extra];
  }
  if (isPlainObject(patch) && isPlainObject(base)) {
    const out: Plain = { ...base };
    for (const key of Object.keys(patch)) {
      out[key] = deepMerge(base[key], patch[key]);
    }
    return out;
  }
  return patch;
}
