import { groupOf } from "../object-key";
import type { KubeObject } from "../types";
import { applicationHealth } from "./application";
import { cronJobHealth } from "./cronjob";
import { daemonSetHealth } from "./daemonset";
import { deploymentHealth } from "./deployment";
import type { HealthResult } from "./health-status";
import { hpaHealth } from "./hpa";
import { ingressHealth } from "./ingress";
import { jobHealth } from "./job";
import { podHealth } from "./pod";
import { pvcHealth } from "./pvc";
import { replicaSetHealth } from "./replicaset";
import { rolloutHealth } from "./rollout";
import { serviceHealth } from "./service";
import { statefulSetHealth } from "./statefulset";

const CHECKS: Record<string, (object: KubeObject) => HealthResult> = {
  "apps/Deployment": deploymentHealth,
  "apps/StatefulSet": statefulSetHealth,
  "apps/DaemonSet": daemonSetHealth,
  "apps/ReplicaSet": replicaSetHealth,
  "/Pod": podHealth,
  "/Service": serviceHealth,
  "/PersistentVolumeClaim": pvcHealth,
  "networking.k8s.io/Ingress": ingressHealth,
  "extensions/Ingress": ingressHealth,
  "batch/Job": jobHealth,
  "batch/CronJob": cronJobHealth,
  "autoscaling/HorizontalPodAutoscaler": hpaHealth,
  "argoproj.io/Application": applicationHealth,
  "argoproj.io/Rollout": rolloutHealth,
};

/**
 * Argo CD's resource health: a deleting object is Progressing "Pending deletion"; kinds with a
 * check (gitops-engine's built-ins plus the bundled Lua customisations for CronJob, Rollout and
 * the app-of-apps Application) get `{ status, message }`; every other kind (ConfigMap, a CRD without a rule…) has no
 * health: `undefined`, and Argo CD leaves it out of the Application's health — so it never makes
 * an Application worse (gitops-engine GetResourceHealth returns nil for them).
 * Example: `assessHealth(deployment)?.status` → "Progressing"; `assessHealth(configMap)` → undefined
 */
export function assessHealth(object: KubeObject | undefined): HealthResult | undefined {
  if (!object) return { status: "Missing", message: "" };
  if (object.metadata.deletionTimestamp) return { status: "Progressing", message: "Pending deletion" };
  const check = CHECKS[`${groupOf(object.apiVersion)}/${object.kind}`];
  if (!check) return undefined;
  try {
    return check(object);
  } catch (error) {
    // gitops-engine: a failing check reports Unknown with the error.
    return { status: "Unknown", message: String(error) };
  }
}
