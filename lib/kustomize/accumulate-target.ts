// The recursion of a build (kustomize's KustTarget.accumulateTarget): read the resources
// (files, and directories built as kustomizations of their own), run the generators, apply
// the components to what has been gathered so far, then run the transformers in kustomize's
// fixed order. Names are not rewritten in references here: that happens once, at the top.
import { displayPath, type TreeIndex } from "./file-tree";
import { applyJson6902Patches, applyPatches, applyStrategicMergePatches } from "./apply-patches";
import { addNameAffixes } from "./add-name-affixes";
import { applyLabelsAndAnnotations } from "./add-labels";
import type { JsonObject } from "./json-value";
import { KustomizeError } from "./kustomize-error";
import type { Kustomization } from "./kustomization-schema";
import { loadKustomization } from "./load-kustomization";
import { parseManifests } from "./parse-manifests";
import { readRootFile, resolveInRepository } from "./read-root-file";
import { describeResource, makeResource, resourceKey, type Resource } from "./resource";
import { runGenerators } from "./run-generators";
import { setImages } from "./set-images";
import { setNamespace } from "./set-namespace";
import { setReplicas } from "./set-replicas";

/**
 * What one build remembers: each directory built as a base (an overlay of overlays often
 * includes the same base several times) and each manifest file parsed. Sharing is safe
 * because every transformation copies before it writes.
 */
export interface BuildMemo {
  readonly bases: Map<string, readonly Resource[]>;
  readonly manifests: Map<string, readonly JsonObject[]>;
}

interface Target {
  memo: BuildMemo;
  tree: TreeIndex;
  dir: string;
  kustomizationFile: string;
  /** Directories being built, outermost first, to detect cycles. */
  stack: readonly string[];
}

// Kustomize can fetch remote bases (git URLs, HTTP files); the sandbox has no network.
function looksRemote(entry: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || entry.startsWith("git@") || /^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(entry) || entry.includes("?ref=");
}

function appendUnique(resources: Resource[], keys: Set<string>, added: readonly Resource[], file: string): void {
  for (const resource of added) {
    const key = resourceKey(resource.object);
    if (keys.has(key)) {
      throw new KustomizeError("DUPLICATE_RESOURCE", `${file}: may not add resource with an already registered id: ${describeResource(resource.object)}`, { file });
    }
    keys.add(key);
    resources.push(resource);
  }
}

function accumulateDirectory(target: Target, path: string, initial: readonly Resource[], asComponent: boolean): Resource[] {
  if (target.stack.includes(path)) {
    const chain = [...target.stack.slice(target.stack.indexOf(path)), path].map(displayPath).join(" → ");
    throw new KustomizeError("CYCLE", `${target.kustomizationFile}: kustomization cycle: ${chain}`, { file: target.kustomizationFile });
  }
  if (asComponent) return accumulateTarget(target.tree, path, [...target.stack, path], initial, true, target.memo);
  const cached = target.memo.bases.get(path);
  if (cached) return [...cached];
  const built = accumulateTarget(target.tree, path, [...target.stack, path], [], false, target.memo);
  target.memo.bases.set(path, built);
  return built;
}

function readManifests(target: Target, entry: string, path: string): readonly JsonObject[] {
  const cached = target.memo.manifests.get(path);
  if (cached) return cached;
  const { text } = readRootFile(target.tree, target.dir, entry, target.kustomizationFile);
  const objects = parseManifests(text, path);
  target.memo.manifests.set(path, objects);
  return objects;
}

function accumulateResources(target: Target, entries: readonly string[], initial: readonly Resource[]): Resource[] {
  const resources = [...initial];
  const keys = new Set(resources.map((resource) => resourceKey(resource.object)));
  for (const entry of entries) {
    const path = looksRemote(entry) ? null : resolveInRepository(target.dir, entry, target.kustomizationFile);
    const file = target.kustomizationFile;
    if (path !== null && target.tree.files.has(path)) {
      const objects = readManifests(target, entry, path);
      appendUnique(resources, keys, objects.map((object) => makeResource(object, path)), path);
    } else if (path !== null && target.tree.directories.has(path)) {
      appendUnique(resources, keys, accumulateDirectory(target, path, [], false), file);
    } else if (looksRemote(entry)) {
      throw new KustomizeError("REMOTE_RESOURCE", `${file}: remote resource '${entry}' cannot be fetched here: copy it into the repository and list the local path`, { file });
    } else {
      throw new KustomizeError("FILE_NOT_FOUND", `${file}: resource '${entry}' not found (no file or directory ${path})`, { file: path ?? file });
    }
  }
  return resources;
}

// Kustomize's NamespaceTransformer refuses to make two objects one ("namespace
// transformation produces ID conflict"), e.g. two Namespace objects both renamed to it.
function assertUniqueIds(resources: readonly Resource[], file: string): void {
  const seen = new Set<string>();
  for (const resource of resources) {
    const key = resourceKey(resource.object);
    if (seen.has(key)) {
      throw new KustomizeError("DUPLICATE_RESOURCE", `${file}: the namespace makes two resources the same: ${describeResource(resource.object)}`, { file });
    }
    seen.add(key);
  }
}

function runTransformers(resources: readonly Resource[], kustomization: Kustomization, target: Target): Resource[] {
  let result = applyStrategicMergePatches(resources, kustomization, target);
  result = applyPatches(result, kustomization, target);
  result = setNamespace(result, kustomization.namespace);
  if (kustomization.namespace) assertUniqueIds(result, target.kustomizationFile);
  result = addNameAffixes(result, kustomization.namePrefix, kustomization.nameSuffix);
  result = applyLabelsAndAnnotations(result, kustomization);
  result = applyJson6902Patches(result, kustomization, target);
  result = setReplicas(result, kustomization.replicas);
  return setImages(result, kustomization.images);
}

/**
 * Builds the kustomization in `dir` on top of `initial` (the parent's resources for a
 * component, nothing for a kustomization). `asComponent` says what kind the caller expects;
 * null at the top, where either is accepted.
 * @example accumulateTarget(indexTree(files), "overlays/prod", ["overlays/prod"], [], null)
 */
export function accumulateTarget(
  tree: TreeIndex,
  dir: string,
  stack: readonly string[],
  initial: readonly Resource[],
  asComponent: boolean | null,
  memo: BuildMemo = { bases: new Map(), manifests: new Map() },
): Resource[] {
  const { file, kustomization } = loadKustomization(tree, dir);
  const isComponent = kustomization.kind === "Component";
  if (asComponent === true && !isComponent) {
    throw new KustomizeError("INVALID_KUSTOMIZATION", `${file}: listed under components, so it must have kind: Component`, { file });
  }
  if (asComponent === false && isComponent) {
    throw new KustomizeError("INVALID_KUSTOMIZATION", `${file}: has kind: Component, so it must be listed under components, not resources`, { file });
  }
  const target: Target = { memo, tree, dir, kustomizationFile: file, stack };
  let resources = accumulateResources(target, [...(kustomization.resources ?? []), ...(kustomization.bases ?? [])], initial);
  resources = runGenerators(resources, kustomization, target);
  for (const component of kustomization.components ?? []) {
    const path = looksRemote(component) ? null : resolveInRepository(dir, component, file);
    if (path === null || !tree.directories.has(path)) {
      const code = path === null ? "REMOTE_RESOURCE" : "FILE_NOT_FOUND";
      throw new KustomizeError(code, `${file}: component '${component}' is not a directory of this repository`, { file });
    }
    resources = accumulateDirectory(target, path, resources, true);
  }
  return runTransformers(resources, kustomization, target);
}
