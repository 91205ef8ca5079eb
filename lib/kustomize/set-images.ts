// `images:` (kustomize's ImageTagTransformer): every container and initContainer image whose
// name matches gets a new name, tag and/or digest. A new tag drops the old digest and a new
// digest drops the old tag; both together give name:tag@digest, as kustomize v5 writes it.
import { isJsonObject, type JsonValue } from "./json-value";
import type { Kustomization } from "./kustomization-schema";
import { transformObject, type Resource } from "./resource";

type ImageRule = NonNullable<Kustomization["images"]>[number];

/**
 * Splits an image reference into name, tag and digest; a registry port is not a tag.
 * @example splitImage("localhost:5000/app:1.2@sha256:ab") // { name: "localhost:5000/app", tag: "1.2", digest: "sha256:ab" }
 */
export function splitImage(image: string): { name: string; tag: string; digest: string } {
  const slash = image.indexOf("/");
  const offset = slash > 0 ? slash : 0;
  const search = image.slice(offset);
  const at = search.indexOf("@");
  const colon = search.indexOf(":");
  if (at < 0 && colon < 0) return { name: image, tag: "", digest: "" };
  if (at >= 0 && (colon < 0 || at < colon)) return { name: image.slice(0, at + offset), tag: "", digest: image.slice(at + offset + 1) };
  if (at >= 0) return { name: image.slice(0, colon + offset), tag: image.slice(colon + offset + 1, at + offset), digest: image.slice(at + offset + 1) };
  return { name: image.slice(0, colon + offset), tag: image.slice(colon + offset + 1), digest: "" };
}

function rewriteImage(image: string, rules: readonly ImageRule[]): string {
  const parts = splitImage(image);
  const rule = rules.find((candidate) => candidate.name === parts.name);
  if (!rule) return image;
  let { name, tag, digest } = parts;
  if (rule.newName) name = rule.newName;
  if (rule.newTag && rule.digest) [tag, digest] = [rule.newTag, rule.digest];
  else if (rule.newTag) [tag, digest] = [rule.newTag, ""];
  else if (rule.digest) [tag, digest] = ["", rule.digest];
  return `${name}${tag ? `:${tag}` : ""}${digest ? `@${digest}` : ""}`;
}

// Kustomize's default image field specs reach containers wherever they are nested (pods,
// templates, job templates, custom resources), so the walk is recursive.
function rewriteContainers(value: JsonValue, rules: readonly ImageRule[]): void {
  if (Array.isArray(value)) {
    for (const item of value) rewriteContainers(item, rules);
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key of Object.keys(value).sort()) {
    const child = value[key];
    if ((key === "containers" || key === "initContainers") && Array.isArray(child)) {
      for (const container of child) {
        if (isJsonObject(container) && typeof container.image === "string") container.image = rewriteImage(container.image, rules);
      }
    }
    rewriteContainers(child, rules);
  }
}

/**
 * Applies the `images` rules of a kustomization.
 * @example setImages(resources, [{ name: "nginx", newTag: "1.27" }])
 */
export function setImages(resources: readonly Resource[], rules: readonly ImageRule[] | undefined): Resource[] {
  if (!rules || rules.length === 0) return [...resources];
  return resources.map((resource) => {
    // Cheap pre-check so that resources without a matching image are not copied.
    const text = JSON.stringify(resource.object);
    if (!rules.some((rule) => text.includes(`"image":"${rule.name}`))) return resource;
    return transformObject(resource, (object) => rewriteContainers(object, rules));
  });
}
