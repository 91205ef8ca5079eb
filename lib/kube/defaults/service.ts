type Plain = Record<string, unknown>;

/** Where Service defaulting gets addresses and ports from (deterministic allocators). */
export interface ServiceAllocators {
  allocateClusterIp: () => string;
  allocateNodePort: () => number;
}

/**
 * Kubernetes Service defaults: type ClusterIP, sessionAffinity None, an allocated clusterIP and,
 * for NodePort and LoadBalancer, allocated nodePorts (both kept across updates), port protocol
 * TCP and targetPort = port.
 * Example: `defaultServiceSpec({ ports: [{ port: 80 }] }, live, allocators).ports` → `[{ port: 80, protocol: "TCP", targetPort: 80 }]`
 */
export function defaultServiceSpec(spec: Plain, liveSpec: Plain | undefined, allocators: ServiceAllocators): Plain {
  const type = (spec.type as string | undefined) ?? "ClusterIP";
  const external = type === "LoadBalancer" || type === "NodePort";
  const livePorts = (Array.isArray(liveSpec?.ports) ? liveSpec.ports : []) as Plain[];
  const ports = Array.isArray(spec.ports)
    ? spec.ports.map((port: Plain) => {
        const live = livePorts.find((candidate) => (port.name !== undefined ? candidate.name === port.name : candidate.port === port.port));
        const nodePort = external ? (port.nodePort ?? live?.nodePort ?? allocators.allocateNodePort()) : undefined;
        return { ...port, protocol: port.protocol ?? "TCP", targetPort: port.targetPort ?? port.port, ...(nodePort !== undefined ? { nodePort } : {}) };
      })
    : spec.ports;
  const clusterIP = type === "ExternalName" ? undefined : (spec.clusterIP ?? liveSpec?.clusterIP ?? allocators.allocateClusterIp());
  return {
    ...spec,
    type,
    ...(clusterIP !== undefined ? { clusterIP, clusterIPs: [clusterIP] } : {}),
    ...(type !== "ExternalName" ? { ipFamilies: spec.ipFamilies ?? ["IPv4"], ipFamilyPolicy: spec.ipFamilyPolicy ?? "SingleStack", internalTrafficPolicy: spec.internalTrafficPolicy ?? "Cluster" } : {}),
    ...(external ? { externalTrafficPolicy: spec.externalTrafficPolicy ?? "Cluster" } : {}),
    ...(type === "LoadBalancer" ? { allocateLoadBalancerNodePorts: spec.allocateLoadBalancerNodePorts ?? true } : {}),
    ...(ports ? { ports } : {}),
    sessionAffinity: spec.sessionAffinity ?? "None",
  };
}
