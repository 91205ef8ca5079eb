// The last renaming of a build (kustomize's HashTransformer, run once at the top level after
// all overlays): generated objects that want it get "-<hash>" appended, the hash taken over
// their final content and name, so it follows prefixes, suffixes, merges and patches.
import { generatorHash } from "./generator-hash";
import { ensureMetadata, nameOf, transformObject, type Resource } from "./resource";

/**
 * Appends kustomize's content hash to the names of generated resources.
 * @example addHashSuffixes(resources) // ConfigMap app → app-7fh5c2g9k4
 */
export function addHashSuffixes(resources: readonly Resource[]): Resource[] {
  return resources.map((resource) => {
    if (!resource.hashSuffix) return resource;
    const hash = generatorHash(resource.object);
    return transformObject(resource, (object) => {
      ensureMetadata(object).name = `${nameOf(object)}-${hash}`;
    });
  });
}
