import type { KubeObject } from "./types";

/**
 * A mutating admission rule for a scenario, like a webhook (Istio, Linkerd, Vault, Kyverno)
 * that changes objects on their way in, so that live differs from git after every sync.
 * Example: `{ name: "mesh", match: { kinds: ["Deployment"] }, injectSidecar: { name: "proxy", image: "envoy:1.31" } }`
 */
export interface AdmissionRule {
  name: string;
  match: { kinds?: string[]; namespaces?: string[] };
  addAnnotations?: Record<string, string>;
  addLabels?: Record<string, string>;
  /** A container appended to the pod template (or the Pod) unless one with its name exists. */
  injectSidecar?: Record<string, unknown> & { name: string };
}

type Plain = Record<string, unknown>;

function matches(rule: AdmissionRule, object: KubeObject): boolean {
  const kindOk = !rule.match.kinds || rule.match.kinds.includes(object.kind);
  const namespaceOk = !rule.match.namespaces || rule.match.namespaces.includes(object.metadata.namespace ?? "");
  return kindOk && namespaceOk;
}

function withSidecar(podSpec: Plain | undefined, sidecar: Plain & { name: string }): Plain | undefined {
  if (!podSpec || !Array.isArray(podSpec.containers)) return podSpec;
  if (podSpec.containers.some((container: Plain) => container.name === sidecar.name)) return podSpec;
  return { ...podSpec, containers: [...podSpec.containers, { ...sidecar }] };
}

/** The pod spec path of each kind that carries one. */
function injectInto(object: KubeObject, sidecar: Plain & { name: string }): KubeObject {
  const spec = object.spec as Plain | undefined;
  if (!spec) return object;
  if (object.kind === "Pod") return { ...object, spec: withSidecar(spec, sidecar) };
  if (object.kind === "CronJob") {
    const jobTemplate = spec.jobTemplate as Plain | undefined;
    const jobSpec = jobTemplate?.spec as Plain | undefined;
    const template = jobSpec?.template as Plain | undefined;
    if (!template) return object;
    const next = { ...template, spec: withSidecar(template.spec as Plain, sidecar) };
    return { ...object, spec: { ...spec, jobTemplate: { ...jobTemplate, spec: { ...jobSpec, template: next } } } };
  }
  const template = spec.template as Plain | undefined;
  if (!template) return object;
  return { ...object, spec: { ...spec, template: { ...template, spec: withSidecar(template.spec as Plain, sidecar) } } };
}

/**
 * Run the scenario's mutating admission rules, in the order given. Returns a new object.
 * Example: `admitObject(rules, deployment).metadata.annotations` includes the rule's annotations.
 */
export function admitObject(rules: readonly AdmissionRule[], object: KubeObject): KubeObject {
  let current = object;
  for (const rule of rules) {
    if (!matches(rule, current)) continue;
    const metadata = { ...current.metadata };
    if (rule.addAnnotations) metadata.annotations = { ...(metadata.annotations ?? {}), ...rule.addAnnotations };
    if (rule.addLabels) metadata.labels = { ...(metadata.labels ?? {}), ...rule.addLabels };
    current = { ...current, metadata };
    if (rule.injectSidecar) current = injectInto(current, rule.injectSidecar);
  }
  return current;
}
