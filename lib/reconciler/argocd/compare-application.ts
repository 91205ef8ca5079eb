// One comparison of an Application: pair what Git renders with what the destination cluster
// runs, by (group, kind, namespace, name) — gitops-engine sync/reconcile.go — then diff each
// pair, assess health, and roll both up for the app.
import { assessHealth } from "@/lib/kube/health/assess-health";
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import type { KubeObject } from "@/lib/kube/types";
import { diffResource } from "../diff-resource";
import { fieldsOwnedBy } from "../field-managers";
import { ignoredFields, withoutFields, type IgnoreDifferencesRule } from "../ignore-differences";
import { groupOf, resourceKey, type Manifest } from "../manifest";
import { appHealth, appSyncStatus, type ResourceStatus } from "./resource-status";
import { trackedBy } from "./tracking";

export interface Comparison {
  resources: ResourceStatus[];
  sync: ResourceStatus["status"];
  health: ReturnType<typeof appHealth>;
  /** Live objects of the app that Git no longer declares. */
  orphans: KubeObject[];
}

function versionOf(apiVersion: string): string {
  return apiVersion.includes("/") ? apiVersion.split("/")[1] : apiVersion;
}

/** Whether live matches desired once ignored fields are set aside. */
export function isInSync(desired: Manifest, live: KubeObject, rules: readonly IgnoreDifferencesRule[], lastApplied?: Manifest): boolean {
  const managed = (manager: string) => fieldsOwnedBy(live, manager);
  const left = withoutFields(desired, ignoredFields(rules, desired, managed));
  const right = withoutFields(live as Manifest, ignoredFields(rules, live as Manifest, managed));
  return diffResource(left, right, lastApplied).length === 0;
}

/**
 * @example compareApplication("web", desired, cluster, [], {}).sync // "OutOfSync"
 */
export function compareApplication(
  appName: string,
  desired: readonly Manifest[],
  cluster: ClusterState,
  rules: readonly IgnoreDifferencesRule[],
  lastApplied: Readonly<Record<string, Manifest>>,
): Comparison {
  const live = new Map<string, KubeObject>();
  for (const object of Object.values(cluster.objects)) live.set(resourceKey(object), object);
  const desiredKeys = new Set(desired.map(resourceKey));
  const rows: ResourceStatus[] = desired.map((manifest) => {
    const key = resourceKey(manifest);
    const liveObject = live.get(key);
    const base = { group: groupOf(manifest.apiVersion), version: versionOf(manifest.apiVersion), kind: manifest.kind, namespace: manifest.metadata.namespace ?? "", name: manifest.metadata.name };
    if (!liveObject) return { ...base, status: "OutOfSync" as const, health: { status: "Missing" as const, message: "" } };
    const health = assessHealth(liveObject);
    return { ...base, status: isInSync(manifest, liveObject, rules, lastApplied[key]) ? ("Synced" as const) : ("OutOfSync" as const), ...(health ? { health } : {}) };
  });
  const orphans = [...live.entries()]
    .filter(([key, object]) => trackedBy(object) === appName && !desiredKeys.has(key) && !object.metadata.ownerReferences?.length)
    .map(([, object]) => object);
  for (const orphan of orphans) {
    const health = assessHealth(orphan);
    rows.push({
      group: groupOf(orphan.apiVersion), version: versionOf(orphan.apiVersion), kind: orphan.kind,
      namespace: orphan.metadata.namespace ?? "", name: orphan.metadata.name,
      status: "OutOfSync", requiresPruning: true, ...(health ? { health } : {}),
    });
  }
  rows.sort((a, b) => resourceKey({ apiVersion: a.group ? `${a.group}/${a.version}` : a.version, kind: a.kind, metadata: { name: a.name, namespace: a.namespace } })
    .localeCompare(resourceKey({ apiVersion: b.group ? `${b.group}/${b.version}` : b.version, kind: b.kind, metadata: { name: b.name, namespace: b.namespace } })));
  return { resources: rows, sync: appSyncStatus(rows), health: appHealth(rows), orphans };
}
