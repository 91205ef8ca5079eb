// Argo CD's ignoreDifferences (user-guide/diffing.md): per resource filter (group, kind, name,
// namespace), drop fields named by jsonPointers or jqPathExpressions — and fields written by
// trusted managedFieldsManagers — from both desired and live before comparing. With the
// RespectIgnoreDifferences=true sync option, a sync also leaves those fields as they are live.
import { groupOf, type Manifest } from "./manifest";
import { jqPathMatches } from "./jq-path";
import { getAtPointer, parsePointer, removeAtPointer, setAtPointer } from "./json-pointer";

export interface IgnoreDifferencesRule {
  group?: string;
  kind: string;
  name?: string;
  namespace?: string;
  jsonPointers?: string[];
  jqPathExpressions?: string[];
  managedFieldsManagers?: string[];
}

/** Argo CD matches group and kind exactly ("" is the core group; "*" any kind), name and namespace when set. */
export function ruleApplies(rule: IgnoreDifferencesRule, manifest: Manifest): boolean {
  return (
    (rule.group ?? "") === groupOf(manifest.apiVersion) &&
    (rule.kind === "*" || rule.kind === manifest.kind) &&
    (!rule.name || rule.name === manifest.metadata.name) &&
    (!rule.namespace || rule.namespace === (manifest.metadata.namespace ?? ""))
  );
}

/**
 * The fields (as pointer token lists) that the rules make Argo CD ignore in `manifest`.
 * `ownedBy(manager)` returns the fields a field manager owns in the live object.
 */
export function ignoredFields(
  rules: readonly IgnoreDifferencesRule[],
  manifest: Manifest,
  ownedBy: (manager: string) => string[][] = () => [],
): string[][] {
  const fields: string[][] = [];
  for (const rule of rules) {
    if (!ruleApplies(rule, manifest)) continue;
    for (const pointer of rule.jsonPointers ?? []) fields.push(parsePointer(pointer));
    for (const expression of rule.jqPathExpressions ?? []) fields.push(...jqPathMatches(manifest, expression));
    for (const manager of rule.managedFieldsManagers ?? []) fields.push(...ownedBy(manager));
  }
  return fields;
}

/**
 * A copy of `manifest` without the ignored fields. Deepest and highest-index first, so removing
 * one array element cannot shift another that is still to be removed.
 */
export function withoutFields<T>(manifest: T, fields: readonly string[][]): T {
  const ordered = [...fields].sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] !== b[i]) {
        const numeric = /^\d+$/.test(a[i]) && /^\d+$/.test(b[i]);
        return numeric ? Number(b[i]) - Number(a[i]) : a[i] < b[i] ? -1 : 1;
      }
    }
    return b.length - a.length;
  });
  return ordered.reduce((current, tokens) => removeAtPointer(current, tokens), manifest);
}

/**
 * With the RespectIgnoreDifferences=true sync option, a sync leaves ignored fields as they are
 * live: the target takes the live value of every ignored field (or drops the field when live
 * has none), so applying it changes nothing there.
 * @example respectIgnoreDifferences(target, live, [{ group: "apps", kind: "Deployment", jsonPointers: ["/spec/replicas"] }])
 */
export function respectIgnoreDifferences<T extends Manifest>(target: T, live: Manifest | undefined, rules: readonly IgnoreDifferencesRule[], ownedBy?: (manager: string) => string[][]): T {
  if (!live) return target;
  const fields = [...ignoredFields(rules, target, ownedBy), ...ignoredFields(rules, live, ownedBy)];
  let result = target;
  for (const tokens of fields) {
    const liveValue = getAtPointer(live, tokens);
    result = liveValue === undefined ? removeAtPointer(result, tokens) : setAtPointer(result, tokens, liveValue);
  }
  return result;
}
