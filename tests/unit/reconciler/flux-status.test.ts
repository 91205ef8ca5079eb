import { expect, test } from "vitest";
import { failed, succeeded } from "@/lib/reconciler/flux/conditions";
import { recordReconciliation } from "@/lib/reconciler/flux/history";
import { inventoryEntry, inventoryOf, parseInventoryId, staleEntries } from "@/lib/reconciler/flux/inventory";

test("inventory ids follow Flux's <namespace>_<name>_<group>_<kind> format", () => {
  expect(inventoryEntry({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "podinfo", namespace: "default" } })).toEqual({
    id: "default_podinfo_apps_Deployment",
    v: "v1",
  });
  expect(inventoryEntry({ apiVersion: "v1", kind: "Namespace", metadata: { name: "apps" } })).toEqual({ id: "_apps__Namespace", v: "v1" });
  expect(parseInventoryId("default_podinfo__Service")).toEqual({ namespace: "default", name: "podinfo", group: "", kind: "Service" });
});

test("garbage collection deletes what the new inventory lacks", () => {
  const before = inventoryOf([
    { apiVersion: "v1", kind: "Service", metadata: { name: "podinfo", namespace: "default" } },
    { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "podinfo", namespace: "default" } },
  ]);
  const after = inventoryOf([{ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "podinfo", namespace: "default" } }]);
  expect(staleEntries(before, after)).toEqual([{ id: "default_podinfo__Service", v: "v1" }]);
});

test("history keeps the last 5 reconciliations, newest first, deduplicated by digest and status", () => {
  let history = recordReconciliation([], { digest: "sha256:a", status: "ReconciliationSucceeded", at: "t1", revision: "main@sha1:1", duration: "1s" });
  history = recordReconciliation(history, { digest: "sha256:a", status: "ReconciliationSucceeded", at: "t2", revision: "main@sha1:1", duration: "2.5s" });
  expect(history).toEqual([
    { digest: "sha256:a", firstReconciled: "t1", lastReconciled: "t2", lastReconciledDuration: "2.5s", lastReconciledStatus: "ReconciliationSucceeded", totalReconciliations: 2, metadata: { revision: "main@sha1:1" } },
  ]);
  history = recordReconciliation(history, { digest: "sha256:b", status: "HealthCheckFailed", at: "t3", revision: "main@sha1:2", duration: "1s" });
  for (const [i, digest] of ["c", "d", "e", "f"].entries()) {
    history = recordReconciliation(history, { digest: `sha256:${digest}`, status: "ReconciliationSucceeded", at: `t${4 + i}`, revision: "main@sha1:3", duration: "1s" });
  }
  expect(history.map((entry) => entry.digest)).toEqual(["sha256:f", "sha256:e", "sha256:d", "sha256:c", "sha256:b"]);
});

test("conditions: a failure sets Ready=False with its reason and Reconciling=ProgressingWithRetry; success clears them", () => {
  const failing = failed([], { reason: "BuildFailed", message: "kustomization.yaml: invalid" }, "t1", 2);
  expect(failing).toEqual([
    { type: "Ready", status: "False", reason: "BuildFailed", message: "kustomization.yaml: invalid", lastTransitionTime: "t1", observedGeneration: 2 },
    { type: "Reconciling", status: "True", reason: "ProgressingWithRetry", message: "kustomization.yaml: invalid", lastTransitionTime: "t1", observedGeneration: 2 },
  ]);
  const stillFailing = failed(failing, { reason: "BuildFailed", message: "still invalid" }, "t2", 2);
  expect(stillFailing[0]).toMatchObject({ message: "still invalid", lastTransitionTime: "t1" });
  expect(succeeded(stillFailing, "t3", 3, "main@sha1:abc")).toEqual([
    { type: "Ready", status: "True", reason: "ReconciliationSucceeded", message: "Applied revision: main@sha1:abc", lastTransitionTime: "t3", observedGeneration: 3 },
  ]);
  expect(failed([], { reason: "ArtifactFailed", message: "no source", stalled: true }, "t4", 1).map((c) => `${c.type}=${c.status}`)).toEqual([
    "Ready=False",
    "Stalled=True",
  ]);
});
