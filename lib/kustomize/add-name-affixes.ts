// namePrefix / nameSuffix (kustomize's PrefixTransformer and SuffixTransformer): every name
// gets the affix except those of Namespaces, CustomResourceDefinitions and APIServices, whose
// names the API server gives meaning to (kustomize's prefixSuffixFieldSpecsToSkip).
// References are rewritten at the very end (fix-name-references).
import { ensureMetadata, gvkOf, nameOf, transformObject, type Resource } from "./resource";

function keepsName(resource: Resource): boolean {
  const { group, kind } = gvkOf(resource.object);
  return kind === "Namespace" || kind === "CustomResourceDefinition" || (kind === "APIService" && group === "apiregistration.k8s.io");
}

/**
 * Adds `prefix` and `suffix` to the names of the resources.
 * @example addNameAffixes(resources, "prod-", "-v2") // Deployment web → prod-web-v2
 */
export function addNameAffixes(resources: readonly Resource[], prefix = "", suffix = ""): Resource[] {
  if (!prefix && !suffix) return [...resources];
  return resources.map((resource) => {
    if (keepsName(resource)) return resource;
    const renamed = transformObject(resource, (object) => {
      ensureMetadata(object).name = `${prefix}${nameOf(object)}${suffix}`;
    });
    // Remembered so that references can prefer targets renamed the same way (same kustomization).
    return {
      ...renamed,
      prefixes: prefix ? [...resource.prefixes, prefix] : resource.prefixes,
      suffixes: suffix ? [...resource.suffixes, suffix] : resource.suffixes,
    };
  });
}
