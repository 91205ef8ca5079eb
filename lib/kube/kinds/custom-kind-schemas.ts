import { Application } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application";
import { AppProject } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject";
import { ApplicationSet } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet";
import { Rollout } from "@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1/Rollout";
import { Kustomization } from "@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1/Kustomization";
import { GitRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1/GitRepository";
import type { SchemaValidator } from "./builtin-kinds";

interface ModelClass {
  new (data: Record<string, unknown>): { validate(): void };
}

// kubernetes-models ships these schemas only behind model classes whose validate() throws an
// error carrying Ajv's `errors`; wrap them in the same shape as the precompiled core validators.
function fromModel(Model: ModelClass): SchemaValidator {
  const validator: SchemaValidator = (data: unknown) => {
    try {
      new Model(data as Record<string, unknown>).validate();
      validator.errors = null;
      return true;
    } catch (error) {
      validator.errors = (error as { errors?: SchemaValidator["errors"] }).errors ?? [
        { instancePath: "", keyword: "type", params: {}, message: String(error) },
      ];
      return false;
    }
  };
  return validator;
}

/**
 * Schemas for well-known custom resources, used once a CRD for the kind is registered.
 * Keyed by `apiVersion/kind`. Example: `CUSTOM_KIND_SCHEMAS["argoproj.io/v1alpha1/Application"]`
 */
export const CUSTOM_KIND_SCHEMAS: Readonly<Record<string, SchemaValidator>> = {
  "argoproj.io/v1alpha1/Application": fromModel(Application as unknown as ModelClass),
  "argoproj.io/v1alpha1/AppProject": fromModel(AppProject as unknown as ModelClass),
  "argoproj.io/v1alpha1/ApplicationSet": fromModel(ApplicationSet as unknown as ModelClass),
  "argoproj.io/v1alpha1/Rollout": fromModel(Rollout as unknown as ModelClass),
  "kustomize.toolkit.fluxcd.io/v1/Kustomization": fromModel(Kustomization as unknown as ModelClass),
  "source.toolkit.fluxcd.io/v1/GitRepository": fromModel(GitRepository as unknown as ModelClass),
};
