import { expect, test } from "vitest";
import { explainOutOfSync } from "@/lib/reconciler/explain-out-of-sync";
import { fieldsOwnedBy, ownerOfField } from "@/lib/reconciler/field-managers";
import type { Manifest } from "@/lib/reconciler/manifest";

const source: [string, string][] = [
  ["apps/web/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: app\n          image: shop/web:1.4.2\n"],
];

const desired: Manifest = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web" },
  spec: { replicas: 3, template: { spec: { containers: [{ name: "app", image: "shop/web:1.4.2" }] } } },
};

const live: Manifest = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: {
    name: "web",
    managedFields: [
      { manager: "argocd-controller", operation: "Apply", fieldsV1: { "f:spec": { "f:template": { "f:spec": { "f:containers": { 'k:{"name":"app"}': { ".": {}, "f:image": {}, "f:name": {} } } } } } } },
      { manager: "kubectl-scale", operation: "Update", fieldsV1: { "f:spec": { "f:replicas": {} } } },
      { manager: "sidecar-injector", operation: "Update", fieldsV1: { "f:spec": { "f:template": { "f:spec": { "f:containers": { 'k:{"name":"proxy"}': { ".": {}, "f:image": {}, "f:name": {} } } } } } } },
    ],
  },
  spec: { replicas: 10, template: { spec: { containers: [{ name: "app", image: "shop/web:1.4.2" }, { name: "proxy", image: "proxy:1" }] } } },
};

test("a scaled deployment is explained with the Git line and who scaled it", () => {
  expect(explainOutOfSync({ desired, live, sourceFiles: source })).toEqual([
    {
      path: "/spec/replicas",
      reason: "changed",
      desired: 3,
      live: 10,
      source: { file: "apps/web/deployment.yaml", line: 6, column: 13 },
      changedBy: "kubectl-scale",
      message: "spec.replicas is 3 in Git (apps/web/deployment.yaml:6) but 10 live, last changed live by kubectl-scale.",
    },
  ]);
});

test("ignoreDifferences with managedFieldsManagers hides the fields that manager owns", () => {
  expect(
    explainOutOfSync({ desired, live, sourceFiles: source, ignoreDifferences: [{ group: "apps", kind: "Deployment", managedFieldsManagers: ["kubectl-scale"] }] }),
  ).toEqual([]);
  expect(
    explainOutOfSync({ desired, live, sourceFiles: source, ignoreDifferences: [{ group: "apps", kind: "Deployment", jsonPointers: ["/spec/replicas"] }] }),
  ).toEqual([]);
});

test("a field removed from Git but still live says the next sync removes it", () => {
  const withLabel = { ...live, metadata: { ...live.metadata, labels: { app: "web", team: "shop" } }, spec: { ...(live.spec as object), replicas: 3 } } as Manifest;
  const nowDesired = { ...desired, metadata: { name: "web", labels: { app: "web" } } };
  const lastApplied = { ...desired, metadata: { name: "web", labels: { app: "web", team: "shop" } } };
  expect(explainOutOfSync({ desired: nowDesired, live: withLabel, lastApplied, sourceFiles: source }).map((entry) => entry.message)).toEqual([
    'metadata.labels.team is live ("shop") but no longer in Git: the next sync removes it.',
  ]);
});

test("FieldsV1 keys resolve to the live list positions", () => {
  expect(fieldsOwnedBy(live, "sidecar-injector")).toEqual([
    ["spec", "template", "spec", "containers", "1", "image"],
    ["spec", "template", "spec", "containers", "1", "name"],
  ]);
  expect(ownerOfField(live, ["spec", "template", "spec", "containers", "0", "image"])).toBe("argocd-controller");
  expect(ownerOfField(live, ["spec", "paused"])).toBeUndefined();
});

test("whole resources: missing live points at Git; an orphan says what prune would do", async () => {
  const { explainResourceState } = await import("@/lib/reconciler/explain-out-of-sync");
  expect(explainResourceState({ desired, sourceFiles: source })).toMatchObject({
    reason: "missing-live",
    source: { file: "apps/web/deployment.yaml", line: 4 },
    message: "Deployment/web is in Git (apps/web/deployment.yaml:4) but not in the cluster: the next sync creates it.",
  });
  expect(explainResourceState({ live, sourceFiles: source })?.message).toBe("Deployment/web is in the cluster but no longer in Git: a sync with prune deletes it.");
  const kept = { ...live, metadata: { ...live.metadata, annotations: { "argocd.argoproj.io/sync-options": "Prune=false" } } };
  expect(explainResourceState({ live: kept, sourceFiles: source })?.message).toBe(
    "Deployment/web is in the cluster but no longer in Git: it is marked Prune=false, so no sync deletes it and the app stays OutOfSync.",
  );
  expect(explainResourceState({ desired, live, sourceFiles: source })).toBeUndefined();
});
