import type { ClusterConfig } from "../store/cluster-state";
import type { KubeObject } from "../types";
import { isoTime } from "../store/cluster-writer";
import { msOf } from "./controller-context";

// Scenario knobs a pod template can carry (ordinary annotations, so they survive git).
/** Milliseconds from creation to Ready, overriding `config.podReadyDelayMs`. Example: `"5000"` */
export const READY_AFTER_ANNOTATION = "sim.reconcile.dev/ready-after-ms";
/** `"true"`: the container runs but its readiness probe never passes. */
export const NEVER_READY_ANNOTATION = "sim.reconcile.dev/never-ready";
/** Milliseconds a Job pod (restartPolicy Never/OnFailure) runs, overriding `config.jobPodDurationMs`. */
export const RUN_FOR_ANNOTATION = "sim.reconcile.dev/run-for-ms";
/** The exit code of a Job pod; non-zero fails it. Example: `"1"` */
export const EXIT_CODE_ANNOTATION = "sim.reconcile.dev/exit-code";
/** `"true"`: the container crashes after starting (CrashLoopBackOff). */
export const CRASH_ANNOTATION = "sim.reconcile.dev/crash";

interface ContainerView {
  name: string;
  image: string;
}

/**
 * Does the simulated registry have this image? `null` images means every image exists.
 * Example: `imageExists(["nginx:1.27", "redis:*"], "redis:7")` → true
 */
export function imageExists(images: readonly string[] | null, image: string): boolean {
  if (images === null) return true;
  const withoutDigest = image.split("@")[0];
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  const repo = colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
  const tag = colon === -1 ? "latest" : withoutDigest.slice(colon + 1);
  return images.includes(`${repo}:${tag}`) || images.includes(`${repo}:*`);
}

type Plain = Record<string, unknown>;

function condition(type: string, status: boolean, since: number): Plain {
  return { type, status: status ? "True" : "False", lastProbeTime: null, lastTransitionTime: isoTime(since) };
}

/**
 * The status the simulated kubelet reports for a pod at `now`, derived only from the pod,
 * the scenario config and time: Pending → (ImagePullBackOff | Running → Ready) → Succeeded/Failed.
 * `podIP` is passed in because IPs are allocated once by the caller.
 */
export function podStatusAt(pod: KubeObject, now: number, config: ClusterConfig, podIP: string): Plain {
  const spec = (pod.spec ?? {}) as { containers?: ContainerView[]; restartPolicy?: string };
  const annotations = pod.metadata.annotations ?? {};
  const created = msOf(pod.metadata.creationTimestamp);
  const containers = spec.containers ?? [];
  const readyAt = created + Number(annotations[READY_AFTER_ANNOTATION] ?? config.podReadyDelayMs);
  // Kubernetes: the pod sandbox gets its IP before images are pulled or probes pass.
  const base = { hostIP: "192.168.49.2", podIP, podIPs: [{ ip: podIP }], startTime: isoTime(created), qosClass: "BestEffort" };
  const missing = containers.filter((container) => !imageExists(config.images, container.image));
  const scheduled = condition("PodScheduled", true, created);

  if (missing.length > 0) {
    // Kubernetes: ErrImagePull first, then ImagePullBackOff while the kubelet retries.
    const containerStatuses = containers.map((container) => {
      const absent = missing.includes(container);
      const state = absent
        ? { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${container.image}"` } }
        : { waiting: { reason: "ContainerCreating" } };
      return { name: container.name, image: container.image, ready: false, restartCount: 0, started: false, state };
    });
    const notReady = condition("Ready", false, created);
    return { ...base, phase: "Pending", conditions: [condition("Initialized", true, created), notReady, { ...notReady, type: "ContainersReady" }, scheduled], containerStatuses };
  }
  if (now < readyAt) {
    const containerStatuses = containers.map((container) => ({
      name: container.name, image: container.image, ready: false, restartCount: 0, started: false, state: { waiting: { reason: "ContainerCreating" } },
    }));
    const notReady = condition("Ready", false, created);
    return { ...base, phase: "Pending", conditions: [condition("Initialized", true, created), notReady, { ...notReady, type: "ContainersReady" }, scheduled], containerStatuses };
  }
  return runningOrFinished(pod, now, config, base, readyAt);
}

function runningOrFinished(pod: KubeObject, now: number, config: ClusterConfig, base: Plain, readyAt: number): Plain {
  const spec = (pod.spec ?? {}) as { containers?: ContainerView[]; restartPolicy?: string };
  const annotations = pod.metadata.annotations ?? {};
  const created = msOf(pod.metadata.creationTimestamp);
  const containers = spec.containers ?? [];
  const finite = spec.restartPolicy === "Never" || spec.restartPolicy === "OnFailure";
  const endAt = created + Number(annotations[RUN_FOR_ANNOTATION] ?? config.jobPodDurationMs);
  const initialized = condition("Initialized", true, created);
  const scheduled = condition("PodScheduled", true, created);
  if (finite && now >= endAt) {
    const exitCode = Number(annotations[EXIT_CODE_ANNOTATION] ?? 0);
    const reason = exitCode === 0 ? "Completed" : "Error";
    const containerStatuses = containers.map((container) => ({
      name: container.name, image: container.image, ready: false, restartCount: 0, started: false,
      state: { terminated: { exitCode, reason, startedAt: isoTime(readyAt), finishedAt: isoTime(endAt) } },
    }));
    const notReady = condition("Ready", false, endAt);
    return { ...base, phase: exitCode === 0 ? "Succeeded" : "Failed", conditions: [initialized, notReady, { ...notReady, type: "ContainersReady" }, scheduled], containerStatuses };
  }
  if (annotations[CRASH_ANNOTATION] === "true") {
    const containerStatuses = containers.map((container) => ({
      name: container.name, image: container.image, ready: false, restartCount: 1 + Math.floor((now - readyAt) / 10_000), started: false,
      state: { waiting: { reason: "CrashLoopBackOff", message: `back-off restarting failed container ${container.name}` } },
      lastState: { terminated: { exitCode: 1, reason: "Error" } },
    }));
    const notReady = condition("Ready", false, readyAt);
    return { ...base, phase: "Running", conditions: [initialized, notReady, { ...notReady, type: "ContainersReady" }, scheduled], containerStatuses };
  }
  const ready = annotations[NEVER_READY_ANNOTATION] !== "true";
  const containerStatuses = containers.map((container) => ({
    name: container.name, image: container.image, ready, restartCount: 0, started: true, state: { running: { startedAt: isoTime(readyAt) } },
  }));
  const readyCondition = condition("Ready", ready, readyAt);
  return { ...base, phase: "Running", conditions: [initialized, readyCondition, { ...readyCondition, type: "ContainersReady" }, scheduled], containerStatuses };
}

/** Kubernetes: a pod is ready when its Ready condition is True. */
export function isPodReady(pod: KubeObject): boolean {
  const conditions = ((pod.status ?? {}).conditions ?? []) as Array<{ type: string; status: string }>;
  return conditions.some((item) => item.type === "Ready" && item.status === "True");
}

/** Kubernetes: pods that count towards a controller's replicas (not finished, not deleted). */
export function isPodActive(pod: KubeObject): boolean {
  const phase = (pod.status ?? {}).phase;
  return phase !== "Succeeded" && phase !== "Failed";
}
