import { expect, test } from "vitest";
import {
  fluxConditionPresentation,
  fluxHealth,
  formatSimulatedTime,
  healthPresentation,
  objectTitle,
  operationPresentation,
  shortKind,
  shortRevision,
  statusLabel,
  syncPresentation,
} from "@/components/sandbox/cluster/status-presentation";

test("every sync and health status has its own words, icon shape and tone", () => {
  const table = (["Synced", "OutOfSync", "Unknown"] as const).map((status) => syncPresentation(status));
  expect(table).toEqual([
    { label: "Synced", icon: "✓", tone: "ok" },
    { label: "OutOfSync", icon: "↻", tone: "warn" },
    { label: "Unknown", icon: "?", tone: "muted" },
  ]);
  const health = (["Healthy", "Progressing", "Degraded", "Suspended", "Missing", "Unknown"] as const).map((status) => healthPresentation(status));
  expect(health.map((entry) => `${entry.label} ${entry.tone}`)).toEqual(["Healthy ok", "Progressing warn", "Degraded danger", "Suspended muted", "Missing danger", "Unknown muted"]);
  expect(new Set(health.map((entry) => entry.icon)).size).toBe(6);
});

test("badge names carry the status and its message", () => {
  expect(statusLabel("Health", "Degraded", "0/2 replicas ready")).toBe("Health: Degraded. 0/2 replicas ready");
  expect(statusLabel("Sync", "Synced")).toBe("Sync: Synced");
});

test("kinds use kubectl's short names, falling back to the lower-cased kind", () => {
  expect(["Deployment", "ReplicaSet", "Service", "ConfigMap", "Kustomization", "Widget"].map(shortKind)).toEqual(["deploy", "rs", "svc", "cm", "ks", "widget"]);
});

test("revisions keep their prefix and shorten full SHAs to 7 characters", () => {
  const sha1 = "0123456789abcdef0123456789abcdef01234567";
  const sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  expect(shortRevision(sha1)).toBe("0123456");
  expect(shortRevision(`main@sha1:${sha1}`)).toBe("main@sha1:0123456");
  expect(shortRevision(`main@sha256:${sha256}`)).toBe("main@sha256:0123456");
  expect(shortRevision("v1.2.0")).toBe("v1.2.0");
  expect(shortRevision("abc1234")).toBe("abc1234");
  expect(shortRevision(undefined)).toBe("");
});

test("titles read kind namespace/name, without a namespace for cluster-scoped objects", () => {
  expect(objectTitle({ group: "apps", kind: "Deployment", namespace: "shop", name: "web" })).toBe("Deployment shop/web");
  expect(objectTitle({ group: "", kind: "Namespace", name: "shop" })).toBe("Namespace shop");
});

test("operations read like Argo CD's: phase and message", () => {
  expect(operationPresentation({ phase: "Running", message: "waiting for healthy state of apps/Deployment/web" })).toEqual({
    label: "Sync Running: waiting for healthy state of apps/Deployment/web",
    icon: "◌",
    tone: "warn",
  });
  expect(operationPresentation({ phase: "Succeeded", message: "" })).toEqual({ label: "Sync Succeeded", icon: "✓", tone: "ok" });
  expect(operationPresentation({ phase: "Failed", message: "one or more objects failed to apply" }).tone).toBe("danger");
});

test("Flux conditions: Ready, Not ready, Reconciling, Stalled", () => {
  const labels = [
    { type: "Ready", status: "True" },
    { type: "Ready", status: "False" },
    { type: "Ready", status: "Unknown" },
    { type: "Reconciling", status: "True" },
    { type: "Stalled", status: "True" },
    { type: "Healthy", status: "False" },
  ].map((condition) => {
    const presentation = fluxConditionPresentation(condition);
    return `${presentation.label} ${presentation.icon} ${presentation.tone}`;
  });
  expect(labels).toEqual(["Ready ✓ ok", "Not ready ✕ danger", "Not ready ◌ warn", "Reconciling ◌ warn", "Stalled ✕ danger", "Healthy: False • muted"]);
});

test("a Flux object's health: suspended, stalled, failed, reconciling, ready", () => {
  const ready = { type: "Ready", status: "True", reason: "ReconciliationSucceeded", message: "Applied revision: main@sha1:0123456" };
  const failed = { type: "Ready", status: "False", reason: "BuildFailed", message: "kustomize build failed" };
  const stalled = { type: "Stalled", status: "True", reason: "BuildFailed", message: "invalid kustomization.yaml" };
  expect(fluxHealth([ready], true)).toEqual({ status: "Suspended", message: "Reconciliation is suspended" });
  expect(fluxHealth([failed, stalled], false)).toEqual({ status: "Degraded", message: "invalid kustomization.yaml" });
  expect(fluxHealth([failed], false)).toEqual({ status: "Degraded", message: "kustomize build failed" });
  expect(fluxHealth([{ ...ready, status: "Unknown", message: "Reconciliation in progress" }], false)).toEqual({ status: "Progressing", message: "Reconciliation in progress" });
  expect(fluxHealth([ready], false)).toEqual({ status: "Healthy", message: "Applied revision: main@sha1:0123456" });
  expect(fluxHealth([], false)).toEqual({ status: "Unknown" });
});

test("simulated times are shown in UTC without a local zone", () => {
  expect(formatSimulatedTime("2025-01-01T12:00:03.000Z")).toBe("2025-01-01 12:00:03 UTC");
  expect(formatSimulatedTime("yesterday")).toBe("yesterday");
});
