// Desired (from Git) against live (from the cluster), the way Argo CD's default three-way diff
// sees it (gitops-engine pkg/diff: a strategic three-way merge of last-applied → desired onto
// live, then a comparison with live):
//   - a field Git declares that live lacks or holds differently is a difference;
//   - a field only live has (server defaults, controller writes, webhook additions) is not;
//   - a field Git declared at the last sync but no longer does, still live, is a difference
//     (it would be removed by the next sync);
//   - keyed lists (containers by name…) compare element by element; atomic lists as a whole;
//   - quantities compare by value (1000m = 1); status is never compared.
import { formatPointer } from "./json-pointer";
import { mergeKeyOf } from "./merge-keys";
import { quantitiesEqual } from "./quantity";

export type DifferenceReason = "changed" | "missing-live" | "removed-from-git";

export interface FieldDifference {
  /** JSON pointer of the field, e.g. "/spec/replicas". */
  path: string;
  reason: DifferenceReason;
  desired?: unknown;
  live?: unknown;
}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Kubernetes stores resource quantities canonically: compare them by value.
function isQuantityPath(path: readonly string[]): boolean {
  return path.includes("resources") || path.at(-1) === "storage";
}

function scalarsEqual(desired: Json, live: Json, path: readonly string[]): boolean {
  if (desired === live) return true;
  return isQuantityPath(path) && quantitiesEqual(desired, live);
}

interface DiffContext {
  out: FieldDifference[];
}

function diffKeyedList(desired: Json[], live: Json, last: Json, path: string[], key: string, context: DiffContext) {
  const liveItems = Array.isArray(live) ? live : [];
  const lastItems = Array.isArray(last) ? last : [];
  const keyOf = (item: Json) => (isObject(item) ? JSON.stringify(item[key]) : undefined);
  const desiredKeys = new Set(desired.map(keyOf));
  desired.forEach((item, index) => {
    const liveIndex = liveItems.findIndex((candidate) => keyOf(candidate) === keyOf(item));
    const lastItem = lastItems.find((candidate) => keyOf(candidate) === keyOf(item));
    if (liveIndex < 0) context.out.push({ path: formatPointer([...path, String(index)]), reason: "missing-live", desired: item });
    else diffValue(item, liveItems[liveIndex], lastItem, [...path, String(liveIndex)], context);
  });
  // Elements Git used to declare and still live: the next sync removes them.
  lastItems.forEach((item) => {
    const liveIndex = liveItems.findIndex((candidate) => keyOf(candidate) === keyOf(item));
    if (!desiredKeys.has(keyOf(item)) && liveIndex >= 0) {
      context.out.push({ path: formatPointer([...path, String(liveIndex)]), reason: "removed-from-git", live: liveItems[liveIndex] });
    }
  });
}

function diffObject(desired: Record<string, Json>, live: Json, last: Json, path: string[], context: DiffContext) {
  const liveObject = isObject(live) ? live : {};
  const lastObject = isObject(last) ? last : {};
  for (const key of Object.keys(desired).sort()) {
    if (path.length === 0 && key === "status") continue;
    const childPath = [...path, key];
    if (!(key in liveObject)) {
      // Git declaring an empty value the API server drops ("{}", "[]", null) is not drift.
      const empty = desired[key] === null || (isObject(desired[key]) && Object.keys(desired[key] as object).length === 0) || (Array.isArray(desired[key]) && (desired[key] as Json[]).length === 0);
      if (!empty) context.out.push({ path: formatPointer(childPath), reason: "missing-live", desired: desired[key] });
      continue;
    }
    diffValue(desired[key], liveObject[key], lastObject[key], childPath, context);
  }
  for (const key of Object.keys(lastObject).sort()) {
    if (!(key in desired) && key in liveObject && !(path.length === 0 && key === "status")) {
      context.out.push({ path: formatPointer([...path, key]), reason: "removed-from-git", live: liveObject[key] });
    }
  }
}

function diffValue(desired: Json, live: Json, last: Json, path: string[], context: DiffContext) {
  if (isObject(desired)) {
    if (!isObject(live)) context.out.push({ path: formatPointer(path), reason: "changed", desired, live });
    else diffObject(desired, live, last, path, context);
    return;
  }
  if (Array.isArray(desired)) {
    const key = mergeKeyOf(path.at(-1) ?? "", path.slice(0, -1));
    if (key && desired.every((item) => isObject(item) && key in item)) diffKeyedList(desired, live, last, path, key, context);
    else if (JSON.stringify(desired) !== JSON.stringify(live)) context.out.push({ path: formatPointer(path), reason: "changed", desired, live });
    return;
  }
  if (!scalarsEqual(desired, live, path)) context.out.push({ path: formatPointer(path), reason: "changed", desired, live });
}

/**
 * The fields in which live differs from what Git declares, sorted by path.
 * `lastApplied` is what the previous sync applied (undefined when never synced).
 * @example diffResource({ spec: { replicas: 3 } }, { spec: { replicas: 10, paused: false } })
 *          // [{ path: "/spec/replicas", reason: "changed", desired: 3, live: 10 }]
 */
export function diffResource(desired: Json, live: Json, lastApplied?: Json): FieldDifference[] {
  const context: DiffContext = { out: [] };
  diffValue(desired, live, lastApplied, [], context);
  return context.out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
