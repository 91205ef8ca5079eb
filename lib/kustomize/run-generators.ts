// configMapGenerator and secretGenerator (kustomize's ConfigMapGenerator / SecretGenerator
// plugins and ResAccumulator.AbsorbAll): make the objects, then absorb them with their
// behavior — create appends (a second object with the same id is an error), merge merges
// data, labels and annotations into the existing object, replace swaps it out.
import { KustomizeError } from "./kustomize-error";
import type { JsonObject } from "./json-value";
import type { GeneratorArgs, GeneratorOptions, Kustomization } from "./kustomization-schema";
import { generatorData, type SourceContext } from "./generator-sources";
import { gvkOf, hadId, makeResource, namespaceOf, withObject, type Resource } from "./resource";
import { mergeObjects } from "./strategic-merge";

// Kustomize's encodeBase64 (generators/secret.go): once the encoding reaches 70 characters it
// is cut into 70-character lines, each ending with a newline (so it prints as a literal block).
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const encoded = btoa(binary);
  if (encoded.length < 70) return encoded;
  return encoded.replace(/.{1,70}/g, (line) => `${line}\n`);
}

// Local options win over generatorOptions for labels and annotations; the flags are OR-ed.
function mergedOptions(local: GeneratorOptions | undefined, global: GeneratorOptions | undefined): GeneratorOptions {
  return {
    labels: { ...global?.labels, ...local?.labels },
    annotations: { ...global?.annotations, ...local?.annotations },
    disableNameSuffixHash: Boolean(local?.disableNameSuffixHash || global?.disableNameSuffixHash),
    immutable: Boolean(local?.immutable || global?.immutable),
  };
}

function makeGenerated(kind: "ConfigMap" | "Secret", args: GeneratorArgs, options: GeneratorOptions, context: SourceContext): JsonObject {
  if (!args.name) throw new KustomizeError("INVALID_KUSTOMIZATION", `${context.kustomizationFile}: a ${kind} generator needs a name`, { file: context.kustomizationFile });
  const data = generatorData(args, context);
  const metadata: JsonObject = { name: args.name };
  if (args.namespace) metadata.namespace = args.namespace;
  if (Object.keys(options.labels ?? {}).length > 0) metadata.labels = { ...options.labels };
  if (Object.keys(options.annotations ?? {}).length > 0) metadata.annotations = { ...options.annotations };
  const object: JsonObject = { apiVersion: "v1", kind, metadata };
  if (kind === "Secret") object.type = args.type || "Opaque";
  if (Object.keys(data).length > 0) {
    object.data = kind === "Secret" ? Object.fromEntries(Object.entries(data).map(([key, value]) => [key, base64(value)])) : data;
  }
  if (options.immutable) object.immutable = true;
  return object;
}

// ResAccumulator.AbsorbAll matches by any id: the object's current id or one it had before
// (a base's generator keeps matching after the base set a namespace or prefix).
function findExisting(resources: readonly Resource[], generated: JsonObject): number {
  const name = (generated.metadata as JsonObject).name as string;
  return resources.findIndex((resource) => gvkOf(resource.object).kind === generated.kind && hadId(resource, name, namespaceOf(generated)));
}

function absorb(resources: Resource[], generated: Resource, behavior: GeneratorArgs["behavior"], file: string): Resource[] {
  const index = findExisting(resources, generated.object);
  const what = `${generated.object.kind} ${(generated.object.metadata as JsonObject).name}`;
  if ((behavior ?? "create") === "create") {
    if (index >= 0) throw new KustomizeError("GENERATOR_CONFLICT", `${file}: ${what} already exists; use behavior: merge or replace`, { file });
    return [...resources, generated];
  }
  if (index < 0) throw new KustomizeError("GENERATOR_CONFLICT", `${file}: behavior ${behavior} needs an existing ${what} from a base`, { file });
  const existing = resources[index];
  const object = { ...generated.object, metadata: { ...(generated.object.metadata as JsonObject), name: (existing.object.metadata as JsonObject).name } };
  if (namespaceOf(existing.object)) (object.metadata as JsonObject).namespace = namespaceOf(existing.object);
  // Measured on kustomize v5.5: the result keeps a hash suffix only if both the existing
  // object and the new generator want one (a plain ConfigMap merged into stays unhashed).
  const merged = behavior === "replace" ? object : mergeObjects(existing.object, object);
  const replacement = { ...withObject(existing, merged), hashSuffix: existing.hashSuffix && generated.hashSuffix };
  return resources.map((resource, i) => (i === index ? replacement : resource));
}

/**
 * Runs the kustomization's generators over the accumulated resources.
 * @example runGenerators(resources, { configMapGenerator: [{ name: "app", literals: ["A=1"] }] }, context)
 */
export function runGenerators(resources: readonly Resource[], kustomization: Kustomization, context: SourceContext): Resource[] {
  let result = [...resources];
  const kinds = [
    ["ConfigMap", kustomization.configMapGenerator ?? []],
    ["Secret", kustomization.secretGenerator ?? []],
  ] as const;
  for (const [kind, generators] of kinds) {
    for (const args of generators) {
      const options = mergedOptions(args.options, kustomization.generatorOptions);
      const object = makeGenerated(kind, args, options, context);
      const generated = makeResource(object, context.kustomizationFile, !options.disableNameSuffixHash);
      result = absorb(result, generated, args.behavior, context.kustomizationFile);
    }
  }
  return result;
}
