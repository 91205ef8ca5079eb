// The short line under a resource's name in a tree — what Argo CD's UI and `kubectl get` put
// in their columns: ready counts and image for workloads, revision for ReplicaSets, phase and
// readiness (or the reason a container waits) for Pods.
import { groupOf, REVISION_ANNOTATION, type KubeObject } from "@/lib/kube";

type Loose = Record<string, unknown>;

const count = (value: unknown) => (typeof value === "number" ? value : 0);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function images(object: KubeObject): string {
  const template = ((object.spec ?? {}).template ?? {}) as { spec?: { containers?: { image?: string }[] } };
  return (template.spec?.containers ?? []).map((container) => container.image ?? "").filter(Boolean).join(", ");
}

function withImages(head: string, object: KubeObject): string {
  const list = images(object);
  return list ? `${head} · ${list}` : head;
}

interface ContainerStatus {
  ready?: boolean;
  restartCount?: number;
  state?: { waiting?: { reason?: string }; terminated?: { reason?: string } };
}

function describePod(pod: KubeObject): string {
  if (pod.metadata.deletionTimestamp) return "Terminating";
  const status = (pod.status ?? {}) as { phase?: string; conditions?: { type?: string; status?: string }[]; containerStatuses?: ContainerStatus[] };
  const containers = status.containerStatuses ?? [];
  const restarts = containers.reduce((total, container) => total + count(container.restartCount), 0);
  const suffix = restarts > 0 ? ` · ${plural(restarts, "restart")}` : "";
  // A waiting reason (ImagePullBackOff, CrashLoopBackOff…) says more than the phase.
  const waiting = containers.map((container) => container.state?.waiting?.reason).find((reason) => reason && reason !== "ContainerCreating");
  if (waiting) return `${waiting}${suffix}`;
  const phase = status.phase ?? "Pending";
  if (phase !== "Running") return `${phase}${suffix}`;
  const ready = (status.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");
  return `Running · ${ready ? "ready" : "not ready"}${suffix}`;
}

function describeService(service: KubeObject): string {
  const spec = (service.spec ?? {}) as { type?: string; clusterIP?: string; ports?: { port?: number; protocol?: string }[] };
  const ingress = ((service.status ?? {}).loadBalancer as { ingress?: { ip?: string; hostname?: string }[] } | undefined)?.ingress ?? [];
  const address = ingress.map((entry) => entry.ip ?? entry.hostname).find(Boolean);
  const ports = (spec.ports ?? []).map((port) => `${port.port}/${port.protocol ?? "TCP"}`).join(", ");
  return [`${spec.type ?? "ClusterIP"} ${spec.clusterIP ?? ""}`.trim(), address, ports].filter(Boolean).join(" · ");
}

function describeWorkload(object: KubeObject): string | undefined {
  const spec = (object.spec ?? {}) as Loose;
  const status = (object.status ?? {}) as Loose;
  switch (object.kind) {
    case "Deployment":
    case "StatefulSet":
      return withImages(`${count(status.readyReplicas)}/${typeof spec.replicas === "number" ? spec.replicas : 1} ready`, object);
    case "DaemonSet":
      return withImages(`${count(status.numberReady)}/${count(status.desiredNumberScheduled)} ready`, object);
    case "ReplicaSet":
      return `rev ${object.metadata.annotations?.[REVISION_ANNOTATION] ?? "?"} · ${plural(count(spec.replicas), "pod")}`;
    case "Job": {
      const failed = count(status.failed);
      return `${count(status.succeeded)}/${typeof spec.completions === "number" ? spec.completions : 1} completed${failed ? ` · ${failed} failed` : ""}`;
    }
    case "CronJob":
      return `schedule ${String(spec.schedule ?? "?")}${spec.suspend === true ? " · suspended" : ""}`;
    default:
      return undefined;
  }
}

/**
 * @example describeResource(deployment) // "2/2 ready · nginx:1.27"
 * @example describeResource(pod) // "Running · ready", "ImagePullBackOff"
 */
export function describeResource(object: KubeObject): string | undefined {
  const group = groupOf(object.apiVersion);
  if (group === "apps" || group === "batch") return describeWorkload(object);
  const status = (object.status ?? {}) as Loose;
  const spec = (object.spec ?? {}) as Loose;
  switch (`${group}/${object.kind}`) {
    case "/Pod":
      return describePod(object);
    case "/Service":
      return describeService(object);
    case "/ConfigMap":
    case "/Secret": {
      const keys = new Set([...Object.keys((object.data ?? {}) as Loose), ...Object.keys((object.stringData ?? {}) as Loose)]);
      return plural(keys.size, "key");
    }
    case "/PersistentVolumeClaim":
      return String(status.phase ?? "Pending");
    case "autoscaling/HorizontalPodAutoscaler":
      return `${count(status.currentReplicas)} replicas (${typeof spec.minReplicas === "number" ? spec.minReplicas : 1}–${count(spec.maxReplicas)})`;
    case "argoproj.io/Application": {
      const app = status as { sync?: { status?: string }; health?: { status?: string } };
      return `${app.sync?.status ?? "Unknown"} · ${app.health?.status ?? "Unknown"}`;
    }
    default:
      return undefined;
  }
}
