// Kubernetes' strategic merge treats some lists as maps keyed by a field (patchMergeKey):
// containers by name, ports by containerPort, … Elements the API server or a controller adds
// to such a list (an injected sidecar) sit beside Git's elements without replacing them; other
// lists (args, command, tolerations) are atomic and compare as a whole. The table is the one
// lib/kustomize applies patches with.
import { PATCH_MERGE_KEYS } from "@/lib/kustomize/strategic-merge";

/**
 * The merge key of list `field` under `parentPath`, or undefined for an atomic list.
 * Container ports merge by containerPort, Service ports by port.
 */
export function mergeKeyOf(field: string, parentPath: readonly string[]): string | undefined {
  if (field === "ports") return parentPath.includes("containers") || parentPath.includes("initContainers") ? "containerPort" : "port";
  return PATCH_MERGE_KEYS[field];
}
