// kustomize-controller's apply and garbage collection: server-side apply every rendered object
// (labelled with the Kustomization that owns it) — which also reverts any drift, since the
// controller re-asserts every field it manages — then delete what the previous inventory had
// and the new one does not, except objects marked prune: disabled.
import { applyObject } from "@/lib/kube/apply";
import { deleteObject } from "@/lib/kube/delete-object";
import { getObject } from "@/lib/kube/get-object";
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import { groupOf, type Manifest } from "../manifest";
import { inventoryOf, parseInventoryId, staleEntries, type InventoryEntry } from "./inventory";

export const KUSTOMIZE_CONTROLLER = "kustomize-controller";
const RECONCILE_DISABLED = "kustomize.toolkit.fluxcd.io/reconcile";
const PRUNE_DISABLED = "kustomize.toolkit.fluxcd.io/prune";

export interface ApplyOutcome {
  cluster: ClusterState;
  inventory: InventoryEntry[];
  /** Flux's change set lines: "Deployment/default/web configured". */
  changes: string[];
  error?: string;
}

function ownerLabels(manifest: Manifest, name: string, namespace: string): Manifest {
  return {
    ...manifest,
    metadata: {
      ...manifest.metadata,
      labels: { ...(manifest.metadata.labels ?? {}), "kustomize.toolkit.fluxcd.io/name": name, "kustomize.toolkit.fluxcd.io/namespace": namespace },
    },
  };
}

const describe = (kind: string, namespace: string, name: string) => `${kind}/${namespace ? `${namespace}/` : ""}${name}`;

/** @example applyKustomization(cluster, manifests, previousInventory, { name: "apps", namespace: "flux-system", prune: true }) */
export function applyKustomization(
  cluster: ClusterState,
  manifests: readonly Manifest[],
  previous: readonly InventoryEntry[],
  owner: { name: string; namespace: string; prune: boolean },
): ApplyOutcome {
  let state = cluster;
  const changes: string[] = [];
  for (const manifest of manifests) {
    const key = { group: groupOf(manifest.apiVersion), kind: manifest.kind, namespace: manifest.metadata.namespace ?? "", name: manifest.metadata.name };
    const live = getObject(state, key);
    if (live?.metadata.annotations?.[RECONCILE_DISABLED] === "disabled") continue;
    const result = applyObject(state, ownerLabels(manifest, owner.name, owner.namespace), { fieldManager: KUSTOMIZE_CONTROLLER });
    if (!result.ok) return { cluster, inventory: [...previous], changes, error: `${describe(manifest.kind, key.namespace, key.name)} dry-run failed: ${result.error.message}` };
    state = result.state;
    if (result.action !== "unchanged") changes.push(`${describe(manifest.kind, key.namespace, key.name)} ${result.action === "created" ? "created" : "configured"}`);
  }
  const inventory = inventoryOf(manifests);
  if (owner.prune) {
    for (const entry of staleEntries(previous, inventory)) {
      const { namespace, name, group, kind } = parseInventoryId(entry.id);
      const live = getObject(state, { group, kind, namespace, name });
      if (!live || live.metadata.annotations?.[PRUNE_DISABLED] === "disabled") continue;
      const deleted = deleteObject(state, { group, kind, namespace, name }, { fieldManager: KUSTOMIZE_CONTROLLER });
      if (deleted.ok) {
        state = deleted.state;
        changes.push(`${describe(kind, namespace, name)} deleted`);
      }
    }
  }
  return { cluster: state, inventory, changes };
}
