import { parseCron } from "./controllers/cron-schedule";
import { matchesSelector, type LabelSelector } from "./label-selector";
import { groupOf } from "./object-key";
import type { FieldError, KubeObject } from "./types";

type Plain = Record<string, unknown>;

const TEMPLATED = ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet"];

/**
 * The API server's checks beyond the schema that learners hit most: a workload selector must
 * match its template's labels, a Job's pods must not restart Always, a CronJob needs a valid
 * schedule. Example: `validateSemantics(deployment)` → `[{ path: "spec.template.metadata.labels", … }]`
 */
export function validateSemantics(object: KubeObject): FieldError[] {
  const group = groupOf(object.apiVersion);
  const spec = (object.spec ?? {}) as Plain;
  if (group === "apps" && TEMPLATED.includes(object.kind)) return selectorErrors(spec);
  if (group === "batch" && object.kind === "Job") return restartPolicyErrors(spec, "spec.template.spec.restartPolicy");
  if (group === "batch" && object.kind === "CronJob") {
    const errors: FieldError[] = [];
    if (typeof spec.schedule === "string" && parseCron(spec.schedule) === null) {
      errors.push({ path: "spec.schedule", message: `Invalid value: "${spec.schedule}": unparseable cron schedule` });
    }
    const jobSpec = ((spec.jobTemplate ?? {}) as Plain).spec as Plain | undefined;
    return [...errors, ...restartPolicyErrors(jobSpec ?? {}, "spec.jobTemplate.spec.template.spec.restartPolicy")];
  }
  return [];
}

function selectorErrors(spec: Plain): FieldError[] {
  const selector = spec.selector as LabelSelector | undefined;
  const labels = (((spec.template ?? {}) as Plain).metadata as { labels?: Record<string, string> } | undefined)?.labels;
  if (!selector) return [{ path: "spec.selector", message: "Required value" }];
  const empty = Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
  if (empty) return [{ path: "spec.selector", message: "Invalid value: empty selector is invalid for deployment" }];
  if (!matchesSelector(selector, labels ?? {})) {
    return [{ path: "spec.template.metadata.labels", message: `Invalid value: ${JSON.stringify(labels ?? {})}: \`selector\` does not match template \`labels\`` }];
  }
  return [];
}

function restartPolicyErrors(jobSpec: Plain, path: string): FieldError[] {
  const podSpec = (((jobSpec.template ?? {}) as Plain).spec ?? {}) as Plain;
  const policy = podSpec.restartPolicy;
  if (policy === "Never" || policy === "OnFailure") return [];
  if (policy === undefined) return [{ path, message: 'Required value: valid values: "OnFailure", "Never"' }];
  return [{ path, message: `Unsupported value: "${String(policy)}": supported values: "OnFailure", "Never"` }];
}
