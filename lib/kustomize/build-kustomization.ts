// The public entry of the kustomize model: `kustomize build <dir>` over an in-memory tree.
// It returns a result instead of throwing, so a learner's broken repository becomes a message.
import { accumulateTarget } from "./accumulate-target";
import { addHashSuffixes } from "./add-hash-suffixes";
import { indexTree, resolvePath, type FileTree } from "./file-tree";
import { fixNameReferences } from "./fix-name-references";
import type { JsonObject } from "./json-value";
import { KustomizeError, type KustomizeErrorData } from "./kustomize-error";
import { sortResources } from "./sort-resources";

export type BuildResult = { ok: true; resources: JsonObject[] } | { ok: false; error: KustomizeErrorData };

/**
 * Runs `kustomize build` on the directory `dir` of `tree` (a POSIX path relative to the tree's
 * root; "" or "." for the root). Resources come back in kustomize's legacy order; print them
 * with `printResources`. Never throws.
 * @example
 * const tree = new Map([["base/kustomization.yaml", "namePrefix: dev-\nresources: [cm.yaml]\n"], ["base/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app}\n"]]);
 * buildKustomization(tree, "base") // { ok: true, resources: [{ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "dev-app" } }] }
 */
export function buildKustomization(tree: FileTree, dir: string): BuildResult {
  try {
    const root = resolvePath("", dir);
    if (root === null) throw new KustomizeError("PATH_OUTSIDE_ROOT", `${dir}: the directory is outside the repository`, { file: dir });
    const index = indexTree(tree);
    let resources = accumulateTarget(index, root, [root], [], null);
    resources = addHashSuffixes(resources);
    resources = fixNameReferences(resources);
    // Resources share unchanged subtrees during a build; the caller gets independent copies.
    return { ok: true, resources: sortResources(resources).map((resource) => structuredClone(resource.object)) };
  } catch (error) {
    if (error instanceof KustomizeError) return { ok: false, error: error.toJSON() };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: "INTERNAL", message: `${dir}: unexpected error while building: ${message}` } };
  }
}
