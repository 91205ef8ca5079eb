import type { KubeObject } from "../types";
import type { HealthResult } from "./health-status";

interface ContainerStatus {
  name?: string;
  state?: { waiting?: { reason?: string; message?: string }; terminated?: { message?: string; reason?: string; exitCode?: number } };
  lastState?: { terminated?: unknown };
}

const isReady = (status: Record<string, unknown>) =>
  ((status.conditions ?? []) as Array<{ type?: string; status?: string }>).some((item) => item.type === "Ready" && item.status === "True");

function failMessage(container: ContainerStatus): string {
  const terminated = container.state?.terminated;
  if (!terminated) return "";
  if (terminated.message) return terminated.message;
  if (terminated.reason === "OOMKilled") return terminated.reason;
  if (terminated.exitCode) return `container "${container.name}" failed with exit code ${terminated.exitCode}`;
  return "";
}

/**
 * Argo CD's Pod health (gitops-engine health_pod.go): for restartPolicy Always, a waiting reason
 * starting "Err" or ending "Error"/"BackOff" (ImagePullBackOff, CrashLoopBackOff) is Degraded;
 * then by phase — Pending Progressing, Succeeded Healthy, Failed Degraded, Running Healthy when Ready.
 * Example: `podHealth(pod)` → `{ status: "Degraded", message: 'Back-off pulling image "nginx:9.9"' }`
 */
export function podHealth(pod: KubeObject): HealthResult {
  const spec = (pod.spec ?? {}) as { restartPolicy?: string };
  const status = pod.status ?? {};
  const message = typeof status.message === "string" ? status.message : "";
  const containers = (status.containerStatuses ?? []) as ContainerStatus[];
  const restartPolicy = spec.restartPolicy ?? "Always";
  if (restartPolicy === "Always") {
    const broken = containers.filter((container) => {
      const reason = container.state?.waiting?.reason ?? "";
      return reason.startsWith("Err") || reason.endsWith("Error") || reason.endsWith("BackOff");
    });
    if (broken.length > 0) return { status: "Degraded", message: broken.map((container) => container.state?.waiting?.message ?? "").join(", ") };
  }
  switch (status.phase) {
    case "Pending":
      return { status: "Progressing", message };
    case "Succeeded":
      return { status: "Healthy", message };
    case "Failed": {
      if (message) return { status: "Degraded", message };
      const initial = (status.initContainerStatuses ?? []) as ContainerStatus[];
      const found = [...initial, ...containers].map(failMessage).find((text) => text !== "");
      return { status: "Degraded", message: found ?? "" };
    }
    case "Running":
      if (restartPolicy === "Always") {
        if (isReady(status)) return { status: "Healthy", message };
        if (containers.some((container) => container.lastState?.terminated)) return { status: "Degraded", message };
      }
      return { status: "Progressing", message };
    default:
      return { status: "Unknown", message };
  }
}
