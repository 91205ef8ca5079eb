// Patch targets (kustomize's types.Selector): group, version and kind compared exactly; name
// and namespace as anchored regular expressions matched against the current or any earlier
// name; labelSelector and annotationSelector in Kubernetes label-selector syntax.
import { KustomizeError } from "./kustomize-error";
import { isJsonObject, type JsonObject } from "./json-value";
import type { PatchTarget } from "./kustomization-schema";
import { allNames, allNamespaces, gvkOf, type Resource } from "./resource";

type Requirement = (labels: Readonly<Record<string, string>>) => boolean;

function parseRequirement(term: string, selector: string, file: string): Requirement {
  const set = /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
  if (set) {
    const values = set[3].split(",").map((value) => value.trim());
    return set[2] === "in" ? (labels) => values.includes(labels[set[1]]) : (labels) => !values.includes(labels[set[1]]);
  }
  const comparison = /^([^\s!=]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
  if (comparison) {
    const [, key, operator, value] = comparison;
    return operator === "!=" ? (labels) => labels[key] !== value : (labels) => labels[key] === value;
  }
  if (/^![^\s!=]+$/.test(term)) return (labels) => !(term.slice(1) in labels);
  if (/^[^\s!=(),]+$/.test(term)) return (labels) => term in labels;
  throw new KustomizeError("INVALID_PATCH", `${file}: cannot parse the selector "${selector}"`, { file });
}

/**
 * Compiles a label selector ("app=web,tier in (a,b),!legacy") into a predicate.
 * @example parseLabelSelector("app=web", "k.yaml")({ app: "web" }) // true
 */
export function parseLabelSelector(selector: string, file: string): Requirement {
  const terms = selector.split(/,(?![^(]*\))/).map((term) => term.trim()).filter(Boolean);
  const requirements = terms.map((term) => parseRequirement(term, selector, file));
  return (labels) => requirements.every((requirement) => requirement(labels));
}

function stringMap(object: JsonObject, field: string): Record<string, string> {
  const metadata = isJsonObject(object.metadata) ? object.metadata : {};
  const value = metadata[field];
  if (!isJsonObject(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]));
}

function anchored(pattern: string | undefined): RegExp | null {
  return pattern ? new RegExp(`^(?:${pattern})$`) : null;
}

/**
 * The resources a patch target selects, in their current order.
 * @example selectResources(resources, { kind: "Deployment", labelSelector: "app=web" }, "kustomization.yaml")
 */
export function selectResources(resources: readonly Resource[], target: PatchTarget, file: string): Resource[] {
  const name = anchored(target.name);
  const namespace = anchored(target.namespace);
  const labels = target.labelSelector ? parseLabelSelector(target.labelSelector, file) : null;
  const annotations = target.annotationSelector ? parseLabelSelector(target.annotationSelector, file) : null;
  return resources.filter((resource) => {
    const gvk = gvkOf(resource.object);
    if (target.kind && target.kind !== gvk.kind) return false;
    if (target.group !== undefined && target.group !== "" && target.group !== gvk.group) return false;
    if (target.version && target.version !== gvk.version) return false;
    if (name && !allNames(resource).some((candidate) => name.test(candidate))) return false;
    if (namespace && !allNamespaces(resource).some((candidate) => namespace.test(candidate))) return false;
    if (labels && !labels(stringMap(resource.object, "labels"))) return false;
    if (annotations && !annotations(stringMap(resource.object, "annotations"))) return false;
    return true;
  });
}
