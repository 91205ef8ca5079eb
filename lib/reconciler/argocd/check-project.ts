// AppProject restrictions (Argo CD projects.md): an Application may only use the source repos
// and destinations its project allows. The "default" project allows everything until an
// AppProject named default says otherwise. Patterns are globs where * matches anything.
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import { getObject } from "@/lib/kube/get-object";
import type { ApplicationSpec } from "./application-spec";
import { ARGOCD_NAMESPACE } from "./destination";

function glob(pattern: string, value: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${source}$`).test(value);
}

/** Null when allowed, otherwise the message Argo CD's InvalidSpecError condition carries. */
export function checkProject(hub: ClusterState, spec: ApplicationSpec, destinationServer: string, destinationName: string): string | null {
  const project = getObject(hub, { group: "argoproj.io", kind: "AppProject", namespace: ARGOCD_NAMESPACE, name: spec.project });
  if (!project) return spec.project === "default" ? null : `application references project ${spec.project} which does not exist`;
  const projectSpec = (project.spec ?? {}) as { sourceRepos?: string[]; destinations?: { server?: string; name?: string; namespace?: string }[] };
  if (!(projectSpec.sourceRepos ?? []).some((pattern) => glob(pattern, spec.source.repoURL))) {
    return `application repo ${spec.source.repoURL} is not permitted in project '${spec.project}'`;
  }
  const allowed = (projectSpec.destinations ?? []).some(
    (destination) =>
      (destination.server ? glob(destination.server, destinationServer) : destination.name ? glob(destination.name, destinationName) : false) &&
      glob(destination.namespace ?? "*", spec.destination.namespace),
  );
  return allowed ? null : `application destination server '${destinationServer}' and namespace '${spec.destination.namespace}' do not match any of the allowed destinations in project '${spec.project}'`;
}
