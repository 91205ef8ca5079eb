import { expect, test } from "vitest";
import type { KubeObject } from "@/lib/kube";
import { describeResource } from "@/lib/sandbox/view/describe-resource";

const object = (apiVersion: string, kind: string, rest: Partial<KubeObject> = {}): KubeObject => ({ apiVersion, kind, metadata: { name: "x", namespace: "shop", ...rest.metadata }, ...rest });
const podWith = (status: Record<string, unknown>, metadata = {}) => object("v1", "Pod", { metadata: { name: "p", ...metadata }, status });

test("pods: the waiting reason beats the phase; Running says whether it is ready; restarts are counted", () => {
  expect(describeResource(podWith({ phase: "Pending", containerStatuses: [{ state: { waiting: { reason: "ImagePullBackOff" } } }] }))).toBe("ImagePullBackOff");
  expect(describeResource(podWith({ phase: "Running", containerStatuses: [{ restartCount: 3, state: { waiting: { reason: "CrashLoopBackOff" } } }] }))).toBe("CrashLoopBackOff · 3 restarts");
  expect(describeResource(podWith({ phase: "Pending", containerStatuses: [{ state: { waiting: { reason: "ContainerCreating" } } }] }))).toBe("Pending");
  expect(describeResource(podWith({ phase: "Running", conditions: [{ type: "Ready", status: "True" }] }))).toBe("Running · ready");
  expect(describeResource(podWith({ phase: "Running", conditions: [{ type: "Ready", status: "False" }], containerStatuses: [{ restartCount: 1 }] }))).toBe("Running · not ready · 1 restart");
  expect(describeResource(podWith({ phase: "Succeeded" }))).toBe("Succeeded");
  expect(describeResource(podWith({ phase: "Running" }, { deletionTimestamp: "2026-01-01T00:00:00Z" }))).toBe("Terminating");
});

test("workloads: ready counts and images; ReplicaSets their revision and pod count; Jobs and CronJobs their progress", () => {
  const template = { spec: { containers: [{ name: "web", image: "nginx:1.27" }, { name: "log", image: "busybox:1.36" }] } };
  expect(describeResource(object("apps/v1", "Deployment", { spec: { replicas: 3, template }, status: { readyReplicas: 1 } }))).toBe("1/3 ready · nginx:1.27, busybox:1.36");
  expect(describeResource(object("apps/v1", "StatefulSet", { spec: { template } }))).toBe("0/1 ready · nginx:1.27, busybox:1.36");
  expect(describeResource(object("apps/v1", "DaemonSet", { spec: { template }, status: { numberReady: 2, desiredNumberScheduled: 2 } }))).toBe("2/2 ready · nginx:1.27, busybox:1.36");
  expect(describeResource(object("apps/v1", "ReplicaSet", { metadata: { name: "web-1", annotations: { "deployment.kubernetes.io/revision": "4" } }, spec: { replicas: 1 } }))).toBe("rev 4 · 1 pod");
  expect(describeResource(object("batch/v1", "Job", { spec: { completions: 3 }, status: { succeeded: 1, failed: 2 } }))).toBe("1/3 completed · 2 failed");
  expect(describeResource(object("batch/v1", "CronJob", { spec: { schedule: "*/5 * * * *", suspend: true } }))).toBe("schedule */5 * * * * · suspended");
});

test("services, configuration, claims, autoscalers and child Applications", () => {
  expect(describeResource(object("v1", "Service", { spec: { type: "LoadBalancer", clusterIP: "10.96.0.9", ports: [{ port: 80 }, { port: 443, protocol: "TCP" }] }, status: { loadBalancer: { ingress: [{ ip: "203.0.113.10" }] } } }))).toBe(
    "LoadBalancer 10.96.0.9 · 203.0.113.10 · 80/TCP, 443/TCP",
  );
  expect(describeResource(object("v1", "ConfigMap", { data: { a: "1", b: "2" } }))).toBe("2 keys");
  expect(describeResource(object("v1", "Secret", { stringData: { token: "t" } }))).toBe("1 key");
  expect(describeResource(object("v1", "PersistentVolumeClaim", { status: { phase: "Bound" } }))).toBe("Bound");
  expect(describeResource(object("autoscaling/v2", "HorizontalPodAutoscaler", { spec: { minReplicas: 2, maxReplicas: 5 }, status: { currentReplicas: 3 } }))).toBe("3 replicas (2–5)");
  expect(describeResource(object("argoproj.io/v1alpha1", "Application", { status: { sync: { status: "OutOfSync" }, health: { status: "Healthy" } } }))).toBe("OutOfSync · Healthy");
  expect(describeResource(object("networking.k8s.io/v1", "NetworkPolicy"))).toBeUndefined();
});
