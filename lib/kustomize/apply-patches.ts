// patches, patchesStrategicMerge and patchesJson6902 (kustomize's PatchStrategicMerge,
// Patch and PatchJson6902 transformers). A patch is JSON 6902 when its YAML is a list of
// operations, otherwise a strategic merge patch. Without a target a strategic merge patch
// applies to the resource with its own kind and name; with a target it applies to every
// selected resource, taking that resource's kind, name and namespace.
import type { TreeIndex } from "./file-tree";
import { applyJsonPatch, type JsonPatchOperation } from "./json-patch";
import { isJsonObject, type JsonObject } from "./json-value";
import { KustomizeError } from "./kustomize-error";
import type { Kustomization, PatchTarget } from "./kustomization-schema";
import { parseYamlDocuments } from "./parse-manifests";
import { readRootFile } from "./read-root-file";
import { describeResource, gvkOf, hadId, nameOf, namespaceOf, withObject, type Resource } from "./resource";
import { selectResources } from "./select-resources";
import { strategicMerge } from "./strategic-merge";

type LoadedPatch = { kind: "json6902"; operations: JsonPatchOperation[]; file: string } | { kind: "strategic"; documents: JsonObject[]; file: string };

interface PatchContext {
  tree: TreeIndex;
  dir: string;
  kustomizationFile: string;
}

function loadPatch(context: PatchContext, source: { path?: string; patch?: string }): LoadedPatch {
  const { text, file } = source.path !== undefined
    ? (({ path, text }) => ({ text, file: path }))(readRootFile(context.tree, context.dir, source.path, context.kustomizationFile))
    : { text: source.patch ?? "", file: context.kustomizationFile };
  const documents = parseYamlDocuments(text, file);
  if (documents.length === 1 && Array.isArray(documents[0])) {
    return { kind: "json6902", operations: documents[0] as unknown as JsonPatchOperation[], file };
  }
  if (documents.length === 0 || !documents.every(isJsonObject)) {
    throw new KustomizeError("INVALID_PATCH", `${file}: a patch must be a strategic merge patch (a mapping) or a JSON 6902 list of operations`, { file });
  }
  return { kind: "strategic", documents: documents as JsonObject[], file };
}

function patchedWithIdentityOf(resource: Resource, patch: JsonObject, keepName: boolean, keepKind: boolean): Resource | null {
  const copy: JsonObject = { ...patch, metadata: { ...(isJsonObject(patch.metadata) ? patch.metadata : {}) } };
  const metadata = copy.metadata as JsonObject;
  if (!keepName || metadata.name === undefined) metadata.name = nameOf(resource.object);
  if (namespaceOf(resource.object)) metadata.namespace = namespaceOf(resource.object);
  else delete metadata.namespace;
  if (!keepKind || copy.kind === undefined) {
    copy.kind = resource.object.kind;
    if (resource.object.apiVersion === undefined) delete copy.apiVersion;
    else copy.apiVersion = resource.object.apiVersion;
  }
  const merged = strategicMerge(resource.object, copy);
  return merged === null ? null : withObject(resource, merged);
}

function findPatchTarget(resources: readonly Resource[], patch: JsonObject, file: string): number {
  const gvk = gvkOf(patch);
  const name = nameOf(patch);
  const namespace = namespaceOf(patch);
  const matches = resources.flatMap((resource, index) => {
    const candidate = gvkOf(resource.object);
    if (candidate.kind !== gvk.kind || candidate.group !== gvk.group) return [];
    return hadId(resource, name, namespace) ? [index] : [];
  });
  if (matches.length !== 1) {
    const problem = matches.length === 0 ? "no resource matches" : "several resources match";
    throw new KustomizeError(matches.length === 0 ? "PATCH_TARGET_NOT_FOUND" : "INVALID_PATCH", `${file}: ${problem} the strategic merge patch for ${describeResource(patch)}`, { file });
  }
  return matches[0];
}

function applyUntargeted(resources: readonly Resource[], patch: LoadedPatch): Resource[] {
  if (patch.kind === "json6902") {
    throw new KustomizeError("INVALID_PATCH", `${patch.file}: a JSON 6902 patch needs a target`, { file: patch.file });
  }
  let result = [...resources];
  for (const document of patch.documents) {
    const index = findPatchTarget(result, document, patch.file);
    // The patch may use an earlier name; the resource keeps its current one.
    const patched = patchedWithIdentityOf(result[index], document, false, false);
    result = patched === null ? result.filter((_, i) => i !== index) : result.map((resource, i) => (i === index ? patched : resource));
  }
  return result;
}

function applyTargeted(resources: readonly Resource[], patch: LoadedPatch, target: PatchTarget, options: { allowNameChange?: boolean; allowKindChange?: boolean }, context: PatchContext): Resource[] {
  const selected = new Set(selectResources(resources, target, context.kustomizationFile));
  const result: Resource[] = [];
  for (const resource of resources) {
    if (!selected.has(resource)) {
      result.push(resource);
      continue;
    }
    let current: Resource | null = resource;
    if (patch.kind === "json6902") current = withObject(resource, applyJsonPatch(resource.object, patch.operations, patch.file));
    else for (const document of patch.documents) current = current && patchedWithIdentityOf(current, document, options.allowNameChange ?? false, options.allowKindChange ?? false);
    if (current) result.push(current);
  }
  return result;
}

/**
 * patchesStrategicMerge: each entry is a file path, or an inline patch when it looks like YAML.
 * @example applyStrategicMergePatches(resources, { patchesStrategicMerge: ["replicas.yaml"] }, context)
 */
export function applyStrategicMergePatches(resources: readonly Resource[], kustomization: Kustomization, context: PatchContext): Resource[] {
  let result = [...resources];
  for (const entry of kustomization.patchesStrategicMerge ?? []) {
    const isInline = entry.includes("\n") || /^\s*[{[]|:\s/.test(entry);
    result = applyUntargeted(result, loadPatch(context, isInline ? { patch: entry } : { path: entry }));
  }
  return result;
}

/**
 * `patches:` entries, in order.
 * @example applyPatches(resources, { patches: [{ patch: "- {op: replace, path: /spec/replicas, value: 3}", target: { kind: "Deployment" } }] }, context)
 */
export function applyPatches(resources: readonly Resource[], kustomization: Kustomization, context: PatchContext): Resource[] {
  let result = [...resources];
  for (const entry of kustomization.patches ?? []) {
    if ((entry.path === undefined) === (entry.patch === undefined)) {
      const file = context.kustomizationFile;
      throw new KustomizeError("INVALID_KUSTOMIZATION", `${file}: each patch needs exactly one of path or patch`, { file });
    }
    const patch = loadPatch(context, entry);
    result = entry.target ? applyTargeted(result, patch, entry.target, entry.options ?? {}, context) : applyUntargeted(result, patch);
  }
  return result;
}

/**
 * patchesJson6902 (deprecated in kustomize v5 but still applied): operations on every resource the target selects (none selected is not an error, as in kustomize v5.5).
 * @example applyJson6902Patches(resources, { patchesJson6902: [{ target: { kind: "Deployment", name: "web" }, path: "p.yaml" }] }, context)
 */
export function applyJson6902Patches(resources: readonly Resource[], kustomization: Kustomization, context: PatchContext): Resource[] {
  let result = [...resources];
  for (const entry of kustomization.patchesJson6902 ?? []) {
    const patch = loadPatch(context, entry);
    if (patch.kind !== "json6902") {
      // kustomize accepts a strategic-merge-shaped document here only as JSON operations.
      throw new KustomizeError("INVALID_PATCH", `${patch.file}: patchesJson6902 expects a list of JSON 6902 operations`, { file: patch.file });
    }
    // Like `patches` with a target, a target that selects nothing is not an error (kustomize v5.5).
    result = applyTargeted(result, patch, entry.target, {}, context);
  }
  return result;
}

export type { PatchContext };
