// `kubectl get` columns of the GitOps custom resources: their CRDs' additionalPrinterColumns
// (Argo CD: Sync Status, Health Status, wide Revision and Project; Flux: Age, Ready, Status;
// Argo Rollouts: Desired, Current, Up-to-date, Available, Age).
import type { KubeObject } from "@/lib/kube/types";
import { age, count, list, plain, type KindColumns, type Plain } from "./column-cells";

function readyCondition(object: KubeObject): Plain {
  return plain(list(plain(object.status).conditions).map(plain).find((condition) => condition.type === "Ready"));
}

export const GITOPS_COLUMNS: Record<string, KindColumns> = {
  "argoproj.io/Application": {
    headers: ["SYNC STATUS", "HEALTH STATUS"],
    cells: (app) => [String(plain(plain(app.status).sync).status ?? ""), String(plain(plain(app.status).health).status ?? "")],
    wideHeaders: ["REVISION", "PROJECT"],
    wideCells: (app) => [String(plain(plain(app.status).sync).revision ?? ""), String(plain(app.spec).project ?? "")],
  },
  "kustomize.toolkit.fluxcd.io/Kustomization": {
    headers: ["AGE", "READY", "STATUS"],
    cells: (ks, context) => [age(ks, context), String(readyCondition(ks).status ?? ""), String(readyCondition(ks).message ?? "")],
  },
  "source.toolkit.fluxcd.io/GitRepository": {
    headers: ["URL", "AGE", "READY", "STATUS"],
    cells: (repo, context) => [String(plain(repo.spec).url ?? ""), age(repo, context), String(readyCondition(repo).status ?? ""), String(readyCondition(repo).message ?? "")],
  },
  "argoproj.io/Rollout": {
    headers: ["DESIRED", "CURRENT", "UP-TO-DATE", "AVAILABLE", "AGE"],
    cells: (ro, context) => {
      const status = plain(ro.status);
      return [String(plain(ro.spec).replicas ?? 1), count(status.replicas), count(status.updatedReplicas), count(status.availableReplicas), age(ro, context)];
    },
  },
};
