// Rewrites references to renamed objects, once, at the end of a build — kustomize's
// nameReference transformer (api/filters/nameref), run by FixBackReferences after hashes
// are added. For a field that names a ConfigMap, Secret, ServiceAccount… the candidates are
// the targets that once had that name (their previous ids), of the right kind, that the
// referrer may see (same namespace, cluster scoped, a ServiceAccount, or a namespace a
// RoleBinding's subjects name). One candidate wins; several are narrowed to those renamed
// with the same prefixes and suffixes as the referrer; equal final names are fine; otherwise
// the reference is ambiguous. A {name, namespace} map (subjects, webhook services) also takes
// the target's namespace. Like kustomize, a subject's kind is not checked: a User subject that
// shares a renamed ServiceAccount's name is renamed too (measured on v5.5).
import { fieldSpecApplies, splitFieldPath, visitFieldPath, type FieldSpec } from "./field-path";
import { isJsonObject, type JsonObject, type JsonValue } from "./json-value";
import { KustomizeError } from "./kustomize-error";
import { NAME_REFERENCE_RULES, type NameReferenceRule } from "./name-reference-specs";
import { gvkOf, isClusterScoped, nameOf, namespaceOf, transformObject, type Resource } from "./resource";

type Index = ReadonlyMap<string, readonly Resource[]>;

const effective = (namespace: string) => namespace || "default";

/** Targets by kind and previous name; kustomize only considers resources that were renamed or moved. */
function buildIndex(resources: readonly Resource[]): Index {
  const index = new Map<string, Resource[]>();
  for (const resource of resources) {
    const kind = gvkOf(resource.object).kind;
    for (const name of new Set(resource.previousIds.map((id) => id.name))) {
      const key = `${kind}|${name}`;
      index.set(key, [...(index.get(key) ?? []), resource]);
    }
  }
  return index;
}

function sameEndings(a: readonly string[], b: readonly string[]): boolean {
  const length = Math.min(a.length, b.length);
  for (let i = 1; i <= length; i++) if (a[a.length - i] !== b[b.length - i]) return false;
  return true;
}

interface Referral {
  index: Index;
  rule: NameReferenceRule;
  referrer: Resource;
  /** SubsetThatCouldBeReferencedByResource: may the referrer see this target at all? */
  visible: (target: Resource) => boolean;
  /** The roleRef's group and kind when the field is roleRef/name. */
  roleRef: { group: string; kind: string } | null;
}

function selectReferral(oldName: string, pool: readonly Resource[] | null, context: Referral): Resource | null {
  const { index, rule, referrer, roleRef } = context;
  const referrerScoped = !isClusterScoped(gvkOf(referrer.object).kind);
  let candidates = (index.get(`${rule.kind}|${oldName}`) ?? []).filter((candidate) => {
    const gvk = gvkOf(candidate.object);
    if (gvk.group !== rule.group || !context.visible(candidate) || (pool && !pool.includes(candidate))) return false;
    if (roleRef && (gvk.group !== roleRef.group || gvk.kind !== roleRef.kind)) return false;
    if (!referrerScoped || isClusterScoped(gvk.kind) || gvk.kind === "ServiceAccount") return true;
    return effective(namespaceOf(candidate.object)) === effective(namespaceOf(referrer.object));
  });
  if (candidates.length === 1) return candidates[0];
  candidates = candidates.filter((candidate) => sameEndings(candidate.prefixes, referrer.prefixes) && sameEndings(candidate.suffixes, referrer.suffixes));
  if (candidates.length <= 1) return candidates[0] ?? null;
  if (candidates.every((candidate) => nameOf(candidate.object) === nameOf(candidates[0].object))) return candidates[0];
  const ids = candidates.map((candidate) => `${namespaceOf(candidate.object) || "~X"}/${nameOf(candidate.object)}`).join(", ");
  throw new KustomizeError("AMBIGUOUS_REFERENCE", `${referrer.file}: the reference to ${rule.kind} ${oldName} matches several resources: ${ids}`, { file: referrer.file });
}

function originalNamespace(resource: Resource): string {
  return effective(resource.previousIds[0]?.namespace ?? namespaceOf(resource.object));
}

// A map with a name (and maybe a namespace): a RoleBinding subject or a webhook's service.
function rewriteMapping(map: JsonObject, context: Referral): JsonObject {
  if (typeof map.name !== "string") return map;
  let pool: readonly Resource[] | null = null;
  if (typeof map.namespace === "string") {
    const namespace = map.namespace;
    const all = [...context.index.values()].flat();
    const byOriginal = all.filter((candidate) => originalNamespace(candidate) === effective(namespace));
    pool = byOriginal.length > 0 ? byOriginal : all.filter((candidate) => effective(namespaceOf(candidate.object)) === effective(namespace));
  }
  const referral = selectReferral(map.name, pool, context);
  if (!referral || (nameOf(referral.object) === map.name && !namespaceOf(referral.object))) return map;
  const rewritten: JsonObject = { ...map, name: nameOf(referral.object) };
  if (namespaceOf(referral.object)) rewritten.namespace = namespaceOf(referral.object);
  return rewritten;
}

function rewriteValue(value: JsonValue, context: Referral): JsonValue {
  if (typeof value === "string") {
    const referral = selectReferral(value, null, context);
    return referral ? nameOf(referral.object) : value;
  }
  if (Array.isArray(value)) return value.map((item) => (isJsonObject(item) ? rewriteMapping(item, context) : rewriteValue(item, context)));
  return isJsonObject(value) ? rewriteMapping(value, context) : value;
}

function visibilityFor(referrer: Resource): (target: Resource) => boolean {
  if (isClusterScoped(gvkOf(referrer.object).kind)) return () => true;
  const namespace = effective(namespaceOf(referrer.object));
  const subjects = gvkOf(referrer.object).kind === "RoleBinding" && Array.isArray(referrer.object.subjects) ? referrer.object.subjects : [];
  const subjectNamespaces = new Set(subjects.flatMap((subject) => (isJsonObject(subject) && typeof subject.namespace === "string" ? [subject.namespace] : [])));
  return (target) =>
    isClusterScoped(gvkOf(target.object).kind) || effective(namespaceOf(target.object)) === namespace || subjectNamespaces.has(namespaceOf(target.object));
}

function roleRefOf(object: JsonObject, path: string): { group: string; kind: string } | null {
  const roleRef = object.roleRef;
  if (!path.endsWith("roleRef/name") || !isJsonObject(roleRef) || typeof roleRef.apiGroup !== "string" || typeof roleRef.kind !== "string") return null;
  return { group: roleRef.apiGroup, kind: roleRef.kind };
}

const REFERRERS = new Map<string, { rule: NameReferenceRule; spec: FieldSpec; segments: string[] }[]>();
for (const rule of NAME_REFERENCE_RULES) {
  for (const spec of rule.referrers) {
    const list = REFERRERS.get(spec.kind ?? "") ?? [];
    list.push({ rule, spec, segments: splitFieldPath(spec.path) });
    REFERRERS.set(spec.kind ?? "", list);
  }
}

/**
 * Points every reference at the final names of the objects it names.
 * @example fixNameReferences(resources) // envFrom configMapRef "app" → "prod-app-5h2k8d7f9c"
 */
export function fixNameReferences(resources: readonly Resource[]): Resource[] {
  const index = buildIndex(resources);
  if (index.size === 0) return [...resources];
  return resources.map((referrer) => {
    const gvk = gvkOf(referrer.object);
    const entries = (REFERRERS.get(gvk.kind) ?? []).filter(({ spec }) => fieldSpecApplies(spec, gvk));
    if (entries.length === 0) return referrer;
    const visible = visibilityFor(referrer);
    return transformObject(referrer, (object) => {
      for (const { rule, spec, segments } of entries) {
        const context: Referral = { index, rule, referrer, visible, roleRef: roleRefOf(referrer.object, spec.path) };
        visitFieldPath(object, segments, false, (parent, key) => {
          parent[key] = rewriteValue(parent[key], context);
        });
      }
    });
  });
}
