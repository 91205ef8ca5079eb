// How kubectl names resource types: plural, singular, short names and `plural.group`, for the
// kinds the simulated API server serves (lib/kube BUILTIN_KINDS plus the CustomResourceDefinitions
// present in the cluster). Short names are the real ones from Kubernetes and the tools' CRDs.
import { BUILTIN_KINDS } from "@/lib/kube/kinds/builtin-kinds";
import { groupOf } from "@/lib/kube/object-key";
import type { ClusterState } from "@/lib/kube/store/cluster-state";

export interface ResourceType {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  shortNames: readonly string[];
  namespaced: boolean;
}

// Kubernetes' plurals and short names for the built-in kinds (kubectl api-resources).
const BUILTIN_NAMES: Record<string, { plural: string; shortNames?: string[] }> = {
  ConfigMap: { plural: "configmaps", shortNames: ["cm"] },
  Endpoints: { plural: "endpoints", shortNames: ["ep"] },
  Namespace: { plural: "namespaces", shortNames: ["ns"] },
  PersistentVolumeClaim: { plural: "persistentvolumeclaims", shortNames: ["pvc"] },
  Pod: { plural: "pods", shortNames: ["po"] },
  Secret: { plural: "secrets" },
  Service: { plural: "services", shortNames: ["svc"] },
  ServiceAccount: { plural: "serviceaccounts", shortNames: ["sa"] },
  DaemonSet: { plural: "daemonsets", shortNames: ["ds"] },
  Deployment: { plural: "deployments", shortNames: ["deploy"] },
  ReplicaSet: { plural: "replicasets", shortNames: ["rs"] },
  StatefulSet: { plural: "statefulsets", shortNames: ["sts"] },
  HorizontalPodAutoscaler: { plural: "horizontalpodautoscalers", shortNames: ["hpa"] },
  CronJob: { plural: "cronjobs", shortNames: ["cj"] },
  Job: { plural: "jobs" },
  EndpointSlice: { plural: "endpointslices" },
  Ingress: { plural: "ingresses", shortNames: ["ing"] },
  NetworkPolicy: { plural: "networkpolicies", shortNames: ["netpol"] },
  ClusterRole: { plural: "clusterroles" },
  ClusterRoleBinding: { plural: "clusterrolebindings" },
  Role: { plural: "roles" },
  RoleBinding: { plural: "rolebindings" },
  CustomResourceDefinition: { plural: "customresourcedefinitions", shortNames: ["crd", "crds"] },
};

// The short names the real Argo CD, Argo Rollouts and Flux CRDs declare; the simulation's
// minimal CRDs (lib/kube gitopsCrds) leave them out.
const CRD_SHORT_NAMES: Record<string, string[]> = {
  "argoproj.io/Application": ["app", "apps"],
  "argoproj.io/ApplicationSet": ["appset", "appsets"],
  "argoproj.io/AppProject": ["appproj", "appprojs"],
  "argoproj.io/Rollout": ["ro"],
  "kustomize.toolkit.fluxcd.io/Kustomization": ["ks"],
  "source.toolkit.fluxcd.io/GitRepository": ["gitrepo"],
};

interface CrdNames {
  spec?: { group?: string; scope?: string; names?: { kind?: string; plural?: string; singular?: string; shortNames?: string[] }; versions?: { name?: string; served?: boolean; storage?: boolean }[] };
}

function builtinTypes(): ResourceType[] {
  return BUILTIN_KINDS.map((info) => {
    const names = BUILTIN_NAMES[info.kind] ?? { plural: `${info.kind.toLowerCase()}s` };
    const group = groupOf(info.apiVersion);
    return { group, version: info.apiVersion.slice(group ? group.length + 1 : 0), kind: info.kind, plural: names.plural, singular: info.kind.toLowerCase(), shortNames: names.shortNames ?? [], namespaced: info.namespaced };
  });
}

function crdTypes(cluster: ClusterState): ResourceType[] {
  return Object.values(cluster.objects)
    .filter((object) => object.kind === "CustomResourceDefinition")
    .flatMap((object) => {
      const spec = (object as CrdNames).spec;
      const kind = spec?.names?.kind;
      const versions = (spec?.versions ?? []).filter((version) => version.served !== false);
      if (!spec?.group || !kind || versions.length === 0) return [];
      const version = (versions.find((item) => item.storage) ?? versions[0]).name ?? "v1";
      const shortNames = spec.names?.shortNames ?? CRD_SHORT_NAMES[`${spec.group}/${kind}`] ?? [];
      return [{ group: spec.group, version, kind, plural: spec.names?.plural ?? `${kind.toLowerCase()}s`, singular: spec.names?.singular ?? kind.toLowerCase(), shortNames, namespaced: spec.scope !== "Cluster" }];
    });
}

/** Every resource type the cluster serves, built-ins first (they win a name clash, as in kubectl). */
export function resourceTypes(cluster: ClusterState): ResourceType[] {
  const crds = crdTypes(cluster).sort((a, b) => (a.plural < b.plural ? -1 : a.plural > b.plural ? 1 : 0));
  return [...builtinTypes(), ...crds];
}

/**
 * The type a kubectl word names: "po", "pods", "pod", "Pod", "deployments.apps", "deploy.apps"…
 * @example findResourceType(cluster, "deploy")?.kind // "Deployment"
 */
export function findResourceType(cluster: ClusterState, word: string): ResourceType | undefined {
  const lower = word.toLowerCase();
  const dot = lower.indexOf(".");
  const [name, group] = dot < 0 ? [lower, undefined] : [lower.slice(0, dot), lower.slice(dot + 1)];
  const matches = (type: ResourceType) =>
    (group === undefined || type.group === group || `${type.version}.${type.group}` === group) &&
    (type.plural === name || type.singular === name || type.kind.toLowerCase() === name || type.shortNames.includes(name));
  return resourceTypes(cluster).find(matches);
}

/** "deployments.apps", "pods": how kubectl names a type in errors. */
export function qualifiedPlural(type: Pick<ResourceType, "plural" | "group">): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

/** "deployment.apps/web", "pod/web-1": how kubectl names an object in its messages. */
export function objectName(type: Pick<ResourceType, "kind" | "group">, name: string): string {
  return `${type.kind.toLowerCase()}${type.group ? `.${type.group}` : ""}/${name}`;
}

/** The type of a live object's kind, for naming it. */
export function typeOfObject(cluster: ClusterState, apiVersion: string, kind: string): ResourceType {
  const group = groupOf(apiVersion);
  return (
    resourceTypes(cluster).find((type) => type.group === group && type.kind === kind) ?? {
      group, version: apiVersion.slice(group ? group.length + 1 : 0), kind, plural: `${kind.toLowerCase()}s`, singular: kind.toLowerCase(), shortNames: [], namespaced: true,
    }
  );
}

export const apiVersionOf = (type: Pick<ResourceType, "group" | "version">) => (type.group ? `${type.group}/${type.version}` : type.version);
