import { admitObject } from "./admit-object";
import { applyDefaults } from "./defaults/apply-defaults";
import { DocumentTooLargeError, FieldImmutableError, InvalidObjectError, KubeError, UnknownKindError, type KubeErrorData } from "./errors";
import { canonicalJson } from "./canonical-json";
import { resolveKind } from "./kinds/resolve-kind";
import { mergeApplied } from "./merge-applied";
import { describeKey, groupOf, keyOf } from "./object-key";
import type { ClusterState } from "./store/cluster-state";
import { ClusterWriter, type KubeEnv } from "./store/cluster-writer";
import { claimableFields, createObject, updateObject, userContent } from "./store/write-object";
import type { KubeObject } from "./types";
import { validateObject } from "./validate-object";
import { validateSemantics } from "./validate-semantics";

/** The engine's limit on one document (the 1 MB). */
export const MAX_DOCUMENT_BYTES = 1_000_000;

export interface ApplyOptions {
  /** Who writes: "argocd-controller", "kustomize-controller", "kubectl-edit", "hpa-controller"… */
  fieldManager: string;
  /** "Apply" merges like server-side apply (default); "Update" replaces like `kubectl edit`/`replace`. */
  operation?: "Apply" | "Update";
  env?: KubeEnv;
}

export type ApplyResult =
  | { ok: true; state: ClusterState; action: "created" | "updated" | "unchanged"; object: KubeObject }
  | { ok: false; state: ClusterState; error: KubeErrorData };

/**
 * Create or update an object as the API server would: validate, default, admit, record the field
 * manager, bump resourceVersion (and generation on spec changes). Never throws.
 * Example: `const result = applyObject(cluster, deployment, { fieldManager: "argocd-controller" })`
 */
export function applyObject(state: ClusterState, manifest: unknown, options: ApplyOptions): ApplyResult {
  try {
    return applyChecked(state, manifest, options);
  } catch (error) {
    const kubeError = error instanceof KubeError ? error : new InvalidObjectError("object", [{ path: "(root)", message: String(error) }]);
    return { ok: false, state, error: kubeError.toJSON() };
  }
}

function applyChecked(state: ClusterState, manifest: unknown, options: ApplyOptions): ApplyResult {
  const size = JSON.stringify(manifest ?? null).length;
  if (size > MAX_DOCUMENT_BYTES) throw new DocumentTooLargeError(size, MAX_DOCUMENT_BYTES);
  const shaped = checkShape(manifest);
  const info = resolveKind(Object.values(state.objects), shaped.apiVersion, shaped.kind);
  if (!info) throw new UnknownKindError(shaped.apiVersion, shaped.kind);
  const what = `${shaped.kind} "${String(shaped.metadata?.name ?? "")}"`;
  const schemaErrors = validateObject(info, shaped);
  const rawErrors = schemaErrors.length > 0 ? schemaErrors : validateSemantics(shaped);
  if (rawErrors.length > 0) throw new InvalidObjectError(what, rawErrors);

  const namespace = info.namespaced ? (shaped.metadata.namespace ?? "default") : undefined;
  const incoming: KubeObject = { ...shaped, metadata: { ...shaped.metadata, namespace } };
  if (!info.namespaced) delete incoming.metadata.namespace;
  const writer = new ClusterWriter(state, options.env);
  const live = writer.get(keyOf(incoming));
  const operation = options.operation ?? "Apply";
  const draft = !live ? incoming : operation === "Apply" ? mergeApplied(live, incoming, options.fieldManager) : (userContent(incoming) as KubeObject);
  if (live) checkImmutable(live, draft, what);

  const context = { live, allocateClusterIp: () => writer.allocateClusterIp(), allocateNodePort: () => writer.allocateNodePort() };
  const admitted = applyDefaults(admitObject(state.config.admission, applyDefaults(draft, context)), context);
  const finalErrors = validateObject(info, admitted);
  if (finalErrors.length > 0) throw new InvalidObjectError(what, finalErrors);

  const fields = operation === "Apply" ? claimableFields(incoming) : undefined;
  const write = { fieldManager: options.fieldManager, operation, fields };
  const object = live ? updateObject(writer, live, admitted, write) : createObject(writer, admitted, write);
  const action = !live ? "created" : canonicalJson(object) === canonicalJson(live) ? "unchanged" : "updated";
  return { ok: true, state: writer.commit(state), action, object };
}

type Shaped = KubeObject & { metadata: KubeObject["metadata"] };

function checkShape(manifest: unknown): Shaped {
  if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) {
    throw new InvalidObjectError("object", [{ path: "(root)", message: "must be a mapping with apiVersion, kind and metadata" }]);
  }
  const candidate = manifest as Record<string, unknown>;
  const errors = [];
  if (typeof candidate.apiVersion !== "string" || candidate.apiVersion === "") errors.push({ path: "apiVersion", message: "Required value" });
  if (typeof candidate.kind !== "string" || candidate.kind === "") errors.push({ path: "kind", message: "Required value" });
  if (candidate.metadata === null || typeof candidate.metadata !== "object" || Array.isArray(candidate.metadata)) {
    errors.push({ path: "metadata", message: "Required value" });
  }
  if (errors.length > 0) throw new InvalidObjectError("object", errors);
  return candidate as Shaped;
}

// Kubernetes: a workload's label selector cannot change after creation — why renaming a
// commonLabels value in kustomize breaks a live Deployment.
function checkImmutable(live: KubeObject, next: KubeObject, what: string): void {
  const selectorKinds = ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet"];
  if (groupOf(live.apiVersion) === "apps" && selectorKinds.includes(live.kind)) {
    if (canonicalJson(live.spec?.selector) !== canonicalJson(next.spec?.selector)) {
      throw new FieldImmutableError(what, "spec.selector");
    }
  }
}

/** A short human description of an applied object, e.g. `Deployment shop/web`. */
export function describeObject(object: KubeObject): string {
  return describeKey(keyOf(object));
}
