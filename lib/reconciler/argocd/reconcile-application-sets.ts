// The ApplicationSet controller: render each ApplicationSet into Applications (owned by it, so
// deleting the set deletes them), create or update them, and delete the ones its generators no
// longer produce. Errors go to the set's status and the timeline.
import { applyObject } from "@/lib/kube/apply";
import { deleteObject } from "@/lib/kube/delete-object";
import { listObjects } from "@/lib/kube/list-objects";
import { updateObjectStatus } from "@/lib/kube/update-object-status";
import type { KubeObject } from "@/lib/kube/types";
import type { ClusterSecret } from "../application-set/generate-clusters";
import { renderApplicationSet, type ApplicationSetSpec, type Generator } from "../application-set/render-application-set";
import type { GitSource } from "../source/git-source";
import { HUB_CLUSTER, withEvent, type WorldState } from "../world/world-state";
import { ARGOCD_NAMESPACE } from "./destination";

export const APPSET_CONTROLLER = "applicationset-controller";

function gitSources(generators: readonly Generator[]): { repoURL: string; revision: string }[] {
  return generators.flatMap((generator) => [
    ...(generator.git ? [{ repoURL: generator.git.repoURL, revision: generator.git.revision ?? "HEAD" }] : []),
    ...gitSources(generator.matrix?.generators ?? []),
  ]);
}

function clusterSecrets(world: WorldState): ClusterSecret[] {
  return listObjects(world.clusters[HUB_CLUSTER], { kind: "Secret", namespace: ARGOCD_NAMESPACE }).map((secret) => {
    const data = Object.fromEntries(Object.entries((secret.data ?? {}) as Record<string, string>).map(([key, value]) => [key, atob(value)]));
    return { metadata: secret.metadata as ClusterSecret["metadata"], stringData: { ...data, ...((secret.stringData ?? {}) as Record<string, string>) } };
  });
}

async function renderSet(world: WorldState, set: KubeObject, git: GitSource) {
  const spec = set.spec as unknown as ApplicationSetSpec;
  const trees = new Map<string, string[]>();
  for (const source of gitSources(spec.generators ?? [])) {
    const read = await git.read(source.repoURL, source.revision);
    if (!read.ok) throw new Error(read.message);
    trees.set(`${source.repoURL}@${source.revision}`, [...read.files.keys()]);
  }
  return renderApplicationSet(spec, { clusterSecrets: clusterSecrets(world), repositoryFiles: (url, revision) => trees.get(`${url}@${revision}`) ?? [] });
}

function setStatus(world: WorldState, set: KubeObject, type: string, message: string): WorldState {
  const status = { conditions: [{ type, status: "True", message, reason: type === "ErrorOccurred" ? "ApplicationGenerationFromParamsError" : "ApplicationSetUpToDate", lastTransitionTime: new Date(world.now).toISOString() }] };
  const result = updateObjectStatus(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "ApplicationSet", namespace: ARGOCD_NAMESPACE, name: set.metadata.name }, status, APPSET_CONTROLLER);
  return result.ok ? { ...world, clusters: { ...world.clusters, [HUB_CLUSTER]: result.state } } : world;
}

export async function reconcileApplicationSet(input: WorldState, set: KubeObject, git: GitSource): Promise<WorldState> {
  let world = input;
  let applications;
  try {
    applications = await renderSet(world, set, git);
  } catch (error) {
    const message = (error as Error).message;
    const known = ((set.status as { conditions?: { message: string }[] } | undefined)?.conditions ?? []).some((condition) => condition.message === message);
    if (!known) world = withEvent(world, { source: APPSET_CONTROLLER, cluster: HUB_CLUSTER, object: `ApplicationSet/${set.metadata.name}`, type: "Warning", reason: "ErrorOccurred", message });
    return setStatus(world, set, "ErrorOccurred", message);
  }
  let hub = world.clusters[HUB_CLUSTER];
  const owner = { apiVersion: set.apiVersion, kind: set.kind, name: set.metadata.name, uid: set.metadata.uid ?? "", controller: true, blockOwnerDeletion: true };
  const wanted = new Set<string>();
  for (const application of applications) {
    wanted.add(application.metadata.name);
    const manifest = { ...application, metadata: { ...application.metadata, namespace: ARGOCD_NAMESPACE, ownerReferences: [owner] } };
    const result = applyObject(hub, manifest, { fieldManager: APPSET_CONTROLLER });
    if (!result.ok) return setStatus(world, set, "ErrorOccurred", result.error.message);
    hub = result.state;
  }
  for (const existing of listObjects(hub, { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE })) {
    const ownedHere = (existing.metadata.ownerReferences ?? []).some((reference) => reference.uid === owner.uid);
    if (ownedHere && !wanted.has(existing.metadata.name)) {
      const deleted = deleteObject(hub, { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE, name: existing.metadata.name }, { fieldManager: APPSET_CONTROLLER });
      if (deleted.ok) hub = deleted.state;
    }
  }
  world = { ...world, clusters: { ...world.clusters, [HUB_CLUSTER]: hub } };
  return setStatus(world, set, "ResourcesUpToDate", `All applications have been generated successfully (${applications.length})`);
}
