import type { KubeObject } from "../types";

const crd = (group: string, version: string, kind: string, plural: string): KubeObject => ({
  apiVersion: "apiextensions.k8s.io/v1",
  kind: "CustomResourceDefinition",
  metadata: { name: `${plural}.${group}` },
  spec: {
    group,
    scope: "Namespaced",
    names: { kind, plural, singular: kind.toLowerCase(), listKind: `${kind}List` },
    versions: [{ name: version, served: true, storage: true, schema: { openAPIV3Schema: { type: "object", "x-kubernetes-preserve-unknown-fields": true } } }],
  },
});

/**
 * Minimal CustomResourceDefinitions for the GitOps tools the track teaches, so a scenario can
 * install "Argo CD", "Argo Rollouts" or "Flux" by applying them; objects of these kinds are then
 * validated with the tools' own schemas from kubernetes-models.
 * Example: `for (const object of gitopsCrds()) cluster = applyObject(cluster, object, { fieldManager: "helm" }).state`
 */
export function gitopsCrds(): KubeObject[] {
  return [
    crd("argoproj.io", "v1alpha1", "Application", "applications"),
    crd("argoproj.io", "v1alpha1", "AppProject", "appprojects"),
    crd("argoproj.io", "v1alpha1", "ApplicationSet", "applicationsets"),
    crd("argoproj.io", "v1alpha1", "Rollout", "rollouts"),
    crd("kustomize.toolkit.fluxcd.io", "v1", "Kustomization", "kustomizations"),
    crd("source.toolkit.fluxcd.io", "v1", "GitRepository", "gitrepositories"),
  ];
}
