// Kubernetes' strategic merge treats some lists as maps keyed by a field (patchMergeKey):
// containers by name, ports by containerPort, … Elements the API server or a controller adds
// to such a list (an injected sidecar) sit beside Git's elements without replacing them; other
// lists (args, command, tolerations) are atomic and compare as a whole. Keyed by the list's
// field name, which is unambiguous for the kinds a GitOps lesson meets.
const MERGE_KEYS: Record<string, string> = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  env: "name",
  volumes: "name",
  volumeMounts: "mountPath",
  volumeDevices: "devicePath",
  imagePullSecrets: "name",
  hostAliases: "ip",
  topologySpreadConstraints: "topologyKey",
  conditions: "type",
};

/**
 * The merge key of list `field` under `parentPath`, or undefined for an atomic list.
 * Container ports merge by containerPort, Service ports by port.
 */
export function mergeKeyOf(field: string, parentPath: readonly string[]): string | undefined {
  if (field === "ports") return parentPath.includes("containers") || parentPath.includes("initContainers") ? "containerPort" : "port";
  return MERGE_KEYS[field];
}
