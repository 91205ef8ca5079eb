// The kustomization file, validated with zod and typed from the schema. Unknown fields are an
// error, as kustomize's strict unmarshal makes them; fields kustomize knows but this model
// does not implement are refused by name (UNSUPPORTED_FIELD) rather than silently ignored.
import { z } from "zod";

const stringMap = z.record(z.string(), z.string());

const targetSchema = z.strictObject({
  group: z.string().optional(),
  version: z.string().optional(),
  kind: z.string().optional(),
  name: z.string().optional(),
  namespace: z.string().optional(),
  labelSelector: z.string().optional(),
  annotationSelector: z.string().optional(),
});

const generatorOptionsSchema = z.strictObject({
  labels: stringMap.optional(),
  annotations: stringMap.optional(),
  disableNameSuffixHash: z.boolean().optional(),
  immutable: z.boolean().optional(),
});

const generatorSchema = z.strictObject({
  name: z.string().optional(),
  namespace: z.string().optional(),
  behavior: z.enum(["create", "merge", "replace"]).optional(),
  literals: z.array(z.string()).optional(),
  files: z.array(z.string()).optional(),
  envs: z.array(z.string()).optional(),
  env: z.string().optional(),
  type: z.string().optional(),
  options: generatorOptionsSchema.optional(),
});

export const kustomizationSchema = z.strictObject({
  apiVersion: z.string().optional(),
  kind: z.enum(["Kustomization", "Component"]).optional(),
  metadata: z.looseObject({}).optional(),
  resources: z.array(z.string()).optional(),
  bases: z.array(z.string()).optional(),
  components: z.array(z.string()).optional(),
  namespace: z.string().optional(),
  namePrefix: z.string().optional(),
  nameSuffix: z.string().optional(),
  commonLabels: stringMap.optional(),
  labels: z
    .array(z.strictObject({ pairs: stringMap, includeSelectors: z.boolean().optional(), includeTemplates: z.boolean().optional() }))
    .optional(),
  commonAnnotations: stringMap.optional(),
  images: z
    .array(z.strictObject({ name: z.string(), newName: z.string().optional(), newTag: z.string().optional(), digest: z.string().optional() }))
    .optional(),
  replicas: z.array(z.strictObject({ name: z.string(), count: z.number().int() })).optional(),
  patches: z
    .array(
      z.strictObject({
        path: z.string().optional(),
        patch: z.string().optional(),
        target: targetSchema.optional(),
        options: z.strictObject({ allowNameChange: z.boolean().optional(), allowKindChange: z.boolean().optional() }).optional(),
      }),
    )
    .optional(),
  patchesStrategicMerge: z.array(z.string()).optional(),
  patchesJson6902: z.array(z.strictObject({ target: targetSchema, path: z.string().optional(), patch: z.string().optional() })).optional(),
  configMapGenerator: z.array(generatorSchema).optional(),
  secretGenerator: z.array(generatorSchema).optional(),
  generatorOptions: generatorOptionsSchema.optional(),
});

export type Kustomization = z.infer<typeof kustomizationSchema>;
export type PatchTarget = z.infer<typeof targetSchema>;
export type GeneratorArgs = z.infer<typeof generatorSchema>;
export type GeneratorOptions = z.infer<typeof generatorOptionsSchema>;

/** Kustomize fields this model knows of but does not implement. */
export const UNSUPPORTED_FIELDS = [
  "buildMetadata", "configurations", "crds", "generators", "helmCharts", "helmChartInflationGenerator", "helmGlobals",
  "imageTags", "openapi", "replacements", "sortOptions", "transformers", "validators", "vars",
] as const;
