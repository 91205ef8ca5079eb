import { canonicalQuantities } from "../quantity";

type Plain = Record<string, unknown>;

/** Kubernetes: an image without a tag means `:latest`. Example: `imageTag("nginx")` → "latest" */
export function imageTag(image: string): string {
  const withoutDigest = image.split("@")[0];
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  return colon === -1 ? "latest" : withoutDigest.slice(colon + 1);
}

function defaultContainer(container: Plain): Plain {
  const image = typeof container.image === "string" ? container.image : "";
  const ports = Array.isArray(container.ports)
    ? container.ports.map((port: Plain) => ({ ...port, protocol: port.protocol ?? "TCP" }))
    : undefined;
  return {
    ...container,
    // Kubernetes: imagePullPolicy defaults to Always for :latest (or no tag), else IfNotPresent.
    imagePullPolicy: container.imagePullPolicy ?? (imageTag(image) === "latest" && !image.includes("@") ? "Always" : "IfNotPresent"),
    ...(ports ? { ports } : {}),
    resources: canonicalResources(container.resources),
    terminationMessagePath: container.terminationMessagePath ?? "/dev/termination-log",
    terminationMessagePolicy: container.terminationMessagePolicy ?? "File",
  };
}

/** Kubernetes stores requests and limits as canonical quantities ("1000m" → "1"). */
export function canonicalResources(resources: unknown): Plain {
  const plain = (resources ?? {}) as Plain;
  return {
    ...plain,
    ...(plain.limits !== undefined ? { limits: canonicalQuantities(plain.limits) } : {}),
    ...(plain.requests !== undefined ? { requests: canonicalQuantities(plain.requests) } : {}),
  };
}

/**
 * The defaults the API server fills into a pod spec (and so into every pod template).
 * Example: `defaultPodSpec({ containers: [{ name: "web", image: "nginx:1.27" }] }).dnsPolicy` → "ClusterFirst"
 */
export function defaultPodSpec(spec: Plain, restartPolicy = "Always"): Plain {
  const containers = Array.isArray(spec.containers) ? spec.containers.map(defaultContainer) : spec.containers;
  const initContainers = Array.isArray(spec.initContainers) ? spec.initContainers.map(defaultContainer) : undefined;
  return {
    ...spec,
    containers,
    ...(initContainers ? { initContainers } : {}),
    dnsPolicy: spec.dnsPolicy ?? "ClusterFirst",
    restartPolicy: spec.restartPolicy ?? restartPolicy,
    schedulerName: spec.schedulerName ?? "default-scheduler",
    securityContext: spec.securityContext ?? {},
    terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
  };
}

/** Defaults for a `template` (metadata + pod spec). */
export function defaultPodTemplate(template: unknown, restartPolicy = "Always"): Plain {
  const plain = (template ?? {}) as Plain;
  return { ...plain, spec: defaultPodSpec((plain.spec ?? {}) as Plain, restartPolicy) };
}
