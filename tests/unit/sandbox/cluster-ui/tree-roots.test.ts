import { expect, test } from "vitest";
import { availableModes, detailsPlace } from "@/components/sandbox/cluster/details-host";
import { applicationRoot, applicationsForCluster, clusterFilter, kustomizationRoot } from "@/components/sandbox/cluster/tree-roots";
import { appsKustomization, clusters, otherApp, prodApp, webApp } from "./fixtures";

test("the Application is the root of its tree, in Argo CD's namespace on the hub", () => {
  const root = applicationRoot(webApp, null);
  expect({ ...root, children: root.children.map((child) => child.id) }).toEqual({
    id: "Application/web",
    cluster: "in-cluster",
    object: { group: "argoproj.io", kind: "Application", namespace: "argocd", name: "web" },
    sync: "OutOfSync",
    health: { status: "Healthy" },
    info: "revision 0123456",
    children: ["deploy", "svc", "cm", "remote"],
  });
  expect(applicationRoot(webApp, "prod").children.map((child) => child.id)).toEqual(["remote"]);
});

test("the Kustomization is the root of its tree, with a health from its conditions", () => {
  const root = kustomizationRoot(appsKustomization, null);
  expect(root.id).toBe("Kustomization/flux-system/apps");
  expect(root.object).toEqual({ group: "kustomize.toolkit.fluxcd.io", kind: "Kustomization", namespace: "flux-system", name: "apps" });
  expect(root.health).toEqual({ status: "Healthy", message: "Applied revision: main@sha1:0123456" });
  expect(root.sync).toBeUndefined();
  expect(root.info).toBe("applied main@sha1:0123456");
});

test("the cluster filter applies only when there is a choice and the choice exists", () => {
  expect(clusterFilter({ clusters }, "prod")).toBe("prod");
  expect(clusterFilter({ clusters }, "gone")).toBeNull();
  expect(clusterFilter({ clusters: clusters.slice(0, 1) }, "in-cluster")).toBeNull();
});

test("Applications are split by where they deploy: destination name, server, or a resource there", () => {
  const view = { applications: [webApp, prodApp, otherApp], clusters };
  const names = (split: ReturnType<typeof applicationsForCluster>) => ({ shown: split.shown.map((app) => app.name), elsewhere: split.elsewhere.map((app) => app.name) });
  expect(names(applicationsForCluster(view, "in-cluster"))).toEqual({ shown: ["web"], elsewhere: ["api-prod", "tools"] });
  expect(names(applicationsForCluster(view, "prod"))).toEqual({ shown: ["web", "api-prod"], elsewhere: ["tools"] });
  expect(names(applicationsForCluster(view, null))).toEqual({ shown: ["web", "api-prod", "tools"], elsewhere: [] });
});

test("details go under the first tree showing the selection, else to the bottom", () => {
  const service = { cluster: "in-cluster", object: { group: "", kind: "Service", namespace: "shop", name: "web" } };
  const app = { cluster: "in-cluster", object: { group: "argoproj.io", kind: "Application", namespace: "argocd", name: "api-prod" } };
  const stranger = { cluster: "in-cluster", object: { group: "", kind: "Secret", namespace: "shop", name: "token" } };
  expect(detailsPlace("argo", service, [prodApp, webApp], [appsKustomization], null)).toEqual({ place: "card", key: "web" });
  expect(detailsPlace("argo", app, [webApp, prodApp], [], null)).toEqual({ place: "card", key: "api-prod" });
  expect(detailsPlace("flux", service, [webApp], [appsKustomization], null)).toEqual({ place: "card", key: "flux-system/apps" });
  expect(detailsPlace("argo", service, [webApp], [], "prod")).toEqual({ place: "bottom" });
  expect(detailsPlace("argo", stranger, [webApp], [], null)).toEqual({ place: "bottom" });
  expect(detailsPlace("argo", null, [webApp], [], null)).toEqual({ place: "none" });
  expect(detailsPlace(null, service, [], [], null)).toEqual({ place: "none" });
});

test("only the views with content get a tab", () => {
  const none = { applications: [], flux: { sources: [], kustomizations: [] } };
  expect(availableModes(none)).toEqual([]);
  expect(availableModes({ ...none, applications: [webApp] })).toEqual(["argo"]);
  expect(availableModes({ applications: [webApp], flux: { sources: [{}], kustomizations: [] } })).toEqual(["argo", "flux"]);
});
