// Flux's inventory (kustomize-controller docs, "Inventory"): the objects a Kustomization
// applied, recorded as "<namespace>_<name>_<group>_<kind>" ids with their version. Pruning
// deletes what was in the previous inventory and is not in the new one.
import { groupOf, type Manifest } from "../manifest";

export interface InventoryEntry {
  id: string;
  v: string;
}

/** @example inventoryEntry(deployment) // { id: "default_podinfo_apps_Deployment", v: "v1" } */
export function inventoryEntry(manifest: Pick<Manifest, "apiVersion" | "kind" | "metadata">): InventoryEntry {
  const version = manifest.apiVersion.includes("/") ? manifest.apiVersion.split("/")[1] : manifest.apiVersion;
  return { id: `${manifest.metadata.namespace ?? ""}_${manifest.metadata.name}_${groupOf(manifest.apiVersion)}_${manifest.kind}`, v: version };
}

export function inventoryOf(manifests: readonly Manifest[]): InventoryEntry[] {
  return manifests.map(inventoryEntry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The entries of `previous` that `next` no longer has: what garbage collection deletes. */
export function staleEntries(previous: readonly InventoryEntry[], next: readonly InventoryEntry[]): InventoryEntry[] {
  const kept = new Set(next.map((entry) => entry.id));
  return previous.filter((entry) => !kept.has(entry.id));
}

/** Parses an inventory id back into the object's identity. */
export function parseInventoryId(id: string): { namespace: string; name: string; group: string; kind: string } {
  const [namespace, name, group, kind] = id.split("_");
  return { namespace, name, group, kind };
}
