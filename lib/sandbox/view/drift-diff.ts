// The diff a learner reads under "Why OutOfSync?": what Git declares against the live object,
// limited to what Git declares. Live is full of fields Git never mentions (defaults, status,
// uid, managedFields); Argo CD's diff ignores them, and so does this one — it shows the live
// object cut down to Git's fields, plus fields Git dropped since the last sync (a sync would
// remove them). Whether anything differs at all is the reconciler's own verdict (diffResource).
import { structuredPatch } from "diff";
import { stringify } from "yaml";
import { diffResource } from "@/lib/reconciler/diff-resource";
import { mergeKeyOf } from "@/lib/reconciler/merge-keys";
import { quantitiesEqual } from "@/lib/reconciler/quantity";

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmpty(value: Json): boolean {
  return value === null || (isObject(value) && Object.keys(value).length === 0) || (Array.isArray(value) && value.length === 0);
}

// As diff-resource.ts: quantities compare by value ("1000m" is "1").
function sameScalar(desired: Json, live: Json, path: readonly string[]): boolean {
  if (desired === live) return true;
  return (path.includes("resources") || path.at(-1) === "storage") && quantitiesEqual(desired, live);
}

function projectKeyedList(desired: Json[], live: Json, last: Json, path: string[], key: string): Json[] {
  const liveItems = Array.isArray(live) ? live : [];
  const lastItems = Array.isArray(last) ? last : [];
  const keyOf = (item: Json) => (isObject(item) ? JSON.stringify(item[key]) : undefined);
  const out: Json[] = [];
  desired.forEach((item, index) => {
    const match = liveItems.find((candidate) => keyOf(candidate) === keyOf(item));
    if (match !== undefined) out.push(project(item, match, lastItems.find((candidate) => keyOf(candidate) === keyOf(item)), [...path, String(index)]));
  });
  const desiredKeys = new Set(desired.map(keyOf));
  for (const item of lastItems) {
    const match = liveItems.find((candidate) => keyOf(candidate) === keyOf(item));
    if (!desiredKeys.has(keyOf(item)) && match !== undefined) out.push(match);
  }
  return out;
}

function projectObject(desired: Record<string, Json>, live: Record<string, Json>, last: Json, path: string[]): Record<string, Json> {
  const lastObject = isObject(last) ? last : {};
  const out: Record<string, Json> = {};
  for (const key of Object.keys(desired)) {
    if (path.length === 0 && key === "status") continue;
    // Git declaring an empty value the API server drops is not drift: show it as Git has it.
    if (key in live) out[key] = project(desired[key], live[key], lastObject[key], [...path, key]);
    else if (isEmpty(desired[key])) out[key] = desired[key];
  }
  for (const key of Object.keys(lastObject)) {
    if (!(key in desired) && key in live && !(path.length === 0 && key === "status")) out[key] = live[key];
  }
  return out;
}

function project(desired: Json, live: Json, last: Json, path: string[]): Json {
  if (isObject(desired)) return isObject(live) ? projectObject(desired, live, last, path) : live;
  if (Array.isArray(desired)) {
    const key = mergeKeyOf(path.at(-1) ?? "", path.slice(0, -1));
    if (key && desired.every((item) => isObject(item) && key in item)) return projectKeyedList(desired, live, last, path, key);
    return JSON.stringify(desired) === JSON.stringify(live) ? desired : live;
  }
  return sameScalar(desired, live, path) ? desired : live;
}

/**
 * The live object restricted to the fields Git declares (and those the last sync applied).
 * @example projectLive({ spec: { replicas: 2 } }, { spec: { replicas: 10, paused: false }, status: {} }) // { spec: { replicas: 10 } }
 */
export function projectLive(desired: Json, live: Json, lastApplied?: Json): Json {
  return project(desired, live, lastApplied, []);
}

export function toYaml(value: Json): string {
  return stringify(value, { lineWidth: 0 });
}

/**
 * Unified diff lines of desired (−) against live (+), hunk headers included; empty when the
 * reconciler sees no difference.
 * @example driftDiff(desired, live) // ["@@ -6,7 +6,7 @@", " spec:", "-  replicas: 2", "+  replicas: 10", …]
 */
export function driftDiff(desired: Json, live: Json, lastApplied?: Json): string[] {
  if (diffResource(desired, live, lastApplied).length === 0) return [];
  const patch = structuredPatch("desired", "live", toYaml(desired), toYaml(projectLive(desired, live, lastApplied)), undefined, undefined, { context: 3 });
  return patch.hunks.flatMap((hunk) => [`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines]);
}
