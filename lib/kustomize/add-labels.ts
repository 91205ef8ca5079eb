// commonLabels, labels and commonAnnotations (kustomize's LabelTransformer and
// AnnotationsTransformer): merge a map of pairs into every field a spec list points at.
// commonLabels reaches metadata, pod templates and selectors; `labels` reaches metadata, plus
// templates with includeTemplates, plus selectors and templates with includeSelectors.
import { fieldSpecApplies, splitFieldPath, visitFieldPath, type FieldSpec } from "./field-path";
import { isJsonObject } from "./json-value";
import type { Kustomization } from "./kustomization-schema";
import { ANNOTATION_SPECS, METADATA_LABELS, SELECTOR_LABEL_SPECS, TEMPLATE_LABEL_SPECS } from "./label-field-specs";
import { gvkOf, transformObject, type Resource } from "./resource";

/**
 * Merges `pairs` into the map fields named by `specs` on every resource.
 * @example mergeIntoFields(resources, { team: "a" }, [{ path: "metadata/labels", create: true }])
 */
export function mergeIntoFields(resources: readonly Resource[], pairs: Readonly<Record<string, string>>, specs: readonly FieldSpec[]): Resource[] {
  if (Object.keys(pairs).length === 0) return [...resources];
  return resources.map((resource) => {
    const gvk = gvkOf(resource.object);
    const applicable = specs.filter((spec) => fieldSpecApplies(spec, gvk));
    if (applicable.length === 0) return resource;
    return transformObject(resource, (object) => {
      for (const spec of applicable) {
        visitFieldPath(object, splitFieldPath(spec.path), spec.create ?? false, (parent, key) => {
          const existing = parent[key];
          if (existing !== undefined && existing !== null && !isJsonObject(existing)) return;
          parent[key] = { ...(existing ?? {}), ...pairs };
        });
      }
    });
  });
}

/**
 * Applies commonLabels, labels and commonAnnotations of a kustomization, in kustomize's order.
 * @example applyLabelsAndAnnotations(resources, { commonLabels: { app: "web" } })
 */
export function applyLabelsAndAnnotations(resources: readonly Resource[], kustomization: Kustomization): Resource[] {
  // Kustomize configures one transformer per `labels` entry, then the commonLabels one, so
  // commonLabels win a key both set (measured on v5.5).
  let result = [...resources];
  for (const entry of kustomization.labels ?? []) {
    const specs = [METADATA_LABELS];
    if (entry.includeSelectors) specs.push(...SELECTOR_LABEL_SPECS, ...TEMPLATE_LABEL_SPECS);
    else if (entry.includeTemplates) specs.push(...TEMPLATE_LABEL_SPECS);
    result = mergeIntoFields(result, entry.pairs, specs);
  }
  result = mergeIntoFields(result, kustomization.commonLabels ?? {}, [METADATA_LABELS, ...SELECTOR_LABEL_SPECS, ...TEMPLATE_LABEL_SPECS]);
  return mergeIntoFields(result, kustomization.commonAnnotations ?? {}, ANNOTATION_SPECS);
}
