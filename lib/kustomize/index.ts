// lib/kustomize: `kustomize build` (v5.5) semantics over an in-memory repository tree — pure,
// synchronous and deterministic, so it runs in Node, in a Web Worker and on the server.
//
//   const result = buildKustomization(files, "overlays/prod"); // files: ReadonlyMap<path, text>
//   if (result.ok) console.log(printResources(result.resources)); // byte for byte `kustomize build`
//   else console.log(result.error.code, result.error.message);    // e.g. FILE_NOT_FOUND, CYCLE
//
// Modelled: resources (files, directories, List), bases, components, namespace, namePrefix,
// nameSuffix, commonLabels, labels, commonAnnotations, images, replicas, patches (strategic
// merge and JSON 6902, inline or from files, with targets), patchesStrategicMerge,
// patchesJson6902, configMapGenerator, secretGenerator, generatorOptions, hash suffixes and
// name-reference rewriting, legacy output order and kustomize's YAML printing.
// Refused with UNSUPPORTED_FIELD: vars, replacements, helm charts, plugins (generators,
// transformers, validators), configurations, crds, openapi, sortOptions, buildMetadata.
// Remote resources are REMOTE_RESOURCE: the sandbox has no network.
export { buildKustomization, type BuildResult } from "./build-kustomization";
export { printResources, printResource } from "./print-resources";
export { type FileTree } from "./file-tree";
export { KustomizeError, KUSTOMIZE_ERROR_CODES, type KustomizeErrorCode, type KustomizeErrorData } from "./kustomize-error";
export { generatorHash, hashInput } from "./generator-hash";
export { type JsonObject, type JsonValue } from "./json-value";
