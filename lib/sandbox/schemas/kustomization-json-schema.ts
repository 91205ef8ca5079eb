// The editor's schema for kustomization.yaml: lib/kustomize's own zod schema converted to JSON
// Schema when this module loads, so the editor flags exactly what `kustomize build` in the
// sandbox refuses. Added on top: hover text per field, and a warning on the fields kustomize
// knows but this model does not implement (lib/kustomize refuses them with UNSUPPORTED_FIELD).
import { z } from "zod";
import { kustomizationSchema, UNSUPPORTED_FIELDS } from "@/lib/kustomize/kustomization-schema";
import type { JsonSchema } from "./json-schema";

// Paths are property names from the root; "[]" steps into array items.
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  apiVersion: "kustomize.config.k8s.io/v1beta1 for a Kustomization, kustomize.config.k8s.io/v1alpha1 for a Component.",
  kind: "Kustomization, or Component for a reusable piece listed under components.",
  metadata: "Only read by tools; kustomize ignores it when building.",
  resources: "Files with manifests, or directories holding another kustomization (a base), relative to this file. Built in the order listed.",
  bases: "Deprecated: list bases under resources instead.",
  components: "Directories holding a kind: Component kustomization, applied to this kustomization's resources after they are loaded.",
  namespace: "Sets metadata.namespace on every namespaced resource of this kustomization.",
  namePrefix: "Prepended to metadata.name of every resource; references (a Deployment's ConfigMap, a Service's name) follow.",
  nameSuffix: "Appended to metadata.name of every resource; references follow.",
  commonLabels: "Labels added to every resource AND to selectors and pod templates. Changing them later changes immutable selectors: prefer labels.",
  labels: "Labels to add, each entry choosing whether selectors and templates get them too.",
  "labels[].pairs": "The labels to add.",
  "labels[].includeSelectors": "Also add the labels to selectors (spec.selector, matchLabels). Default false.",
  "labels[].includeTemplates": "Also add the labels to pod templates (spec.template.metadata.labels). Default false; implied by includeSelectors.",
  commonAnnotations: "Annotations added to every resource, and to pod templates.",
  images: "Change container images without patching: match by name, set a new name, tag or digest.",
  "images[].name": "The image name to match in containers and initContainers, without tag (e.g. nginx or ghcr.io/acme/web).",
  "images[].newName": "Replace the image name (registry and repository).",
  "images[].newTag": 'Replace the tag. Quote numbers: "1.20", not 1.20.',
  "images[].digest": "Replace the tag with a digest (sha256:…); wins over newTag.",
  replicas: "Set spec.replicas of Deployments, ReplicaSets and StatefulSets by name, without a patch.",
  "replicas[].name": "metadata.name of the Deployment, ReplicaSet or StatefulSet to scale.",
  "replicas[].count": "The number of replicas.",
  patches: "Strategic-merge or JSON 6902 patches, from a file (path) or inline (patch), applied to the resources matching target.",
  "patches[].path": "A file with the patch, relative to this kustomization.",
  "patches[].patch": "The patch itself, as a YAML string (use a | block).",
  "patches[].target": "Which resources to patch. Without it a strategic-merge patch targets the resource with its own apiVersion, kind and name.",
  "patches[].options": "allowNameChange / allowKindChange: let the patch rename the resource or change its kind.",
  patchesStrategicMerge: "Deprecated: list the files under patches (each as { path: file }).",
  patchesJson6902: "Deprecated: list the patches under patches with a target.",
  configMapGenerator: "Generate ConfigMaps from literals, files or env files. The name gets a content hash suffix, and references follow.",
  "configMapGenerator[].name": "Name of the generated ConfigMap (before the hash suffix).",
  "configMapGenerator[].behavior": "create (default), or merge/replace a ConfigMap of the same name from a base.",
  "configMapGenerator[].literals": "KEY=value pairs.",
  "configMapGenerator[].files": "Files whose content becomes a key (the file name, or KEY=path).",
  "configMapGenerator[].envs": "Files of KEY=value lines.",
  secretGenerator: "Generate Secrets from literals, files or env files (values are base64-encoded for you). The name gets a content hash suffix.",
  "secretGenerator[].name": "Name of the generated Secret (before the hash suffix).",
  "secretGenerator[].type": "The Secret type, e.g. Opaque (default) or kubernetes.io/tls.",
  "secretGenerator[].behavior": "create (default), or merge/replace a Secret of the same name from a base.",
  "secretGenerator[].literals": "KEY=value pairs.",
  "secretGenerator[].files": "Files whose content becomes a key (the file name, or KEY=path).",
  "secretGenerator[].envs": "Files of KEY=value lines.",
  generatorOptions: "Options for every generator of this kustomization: labels, annotations, disableNameSuffixHash, immutable.",
  "generatorOptions.disableNameSuffixHash": "Keep generated names as written, without the content hash (then pods do not roll when the data changes).",
};

function describe(schema: JsonSchema, path: string): JsonSchema {
  const description = DESCRIPTIONS[path];
  const properties = schema.properties
    ? Object.fromEntries(Object.entries(schema.properties).map(([name, child]) => [name, describe(child, path ? `${path}.${name}` : name)]))
    : undefined;
  const items = schema.items ? describe(schema.items, `${path}[]`) : undefined;
  return { ...schema, ...(description ? { description } : {}), ...(properties ? { properties } : {}), ...(items ? { items } : {}) };
}

function buildKustomizationJsonSchema(): JsonSchema {
  const converted = z.toJSONSchema(kustomizationSchema, { target: "draft-7", unrepresentable: "any" }) as JsonSchema;
  const described = describe(converted, "");
  const unsupported = Object.fromEntries(
    UNSUPPORTED_FIELDS.map((field) => [field, { deprecationMessage: `The sandbox's kustomize does not support ${field}; kustomize build will fail.` }]),
  );
  return {
    ...described,
    title: "kustomization.yaml",
    description: "What `kustomize build` (and Argo CD or Flux) does with the manifests of this directory.",
    properties: {
      ...described.properties,
      apiVersion: { ...described.properties?.apiVersion, examples: ["kustomize.config.k8s.io/v1beta1", "kustomize.config.k8s.io/v1alpha1"] },
      ...unsupported,
    },
  };
}

/**
 * JSON Schema (draft-07) of kustomization.yaml, derived from lib/kustomize's zod schema.
 * Example: `KUSTOMIZATION_JSON_SCHEMA.properties?.images?.items?.required` → `["name"]`
 */
export const KUSTOMIZATION_JSON_SCHEMA: JsonSchema = buildKustomizationJsonSchema();
