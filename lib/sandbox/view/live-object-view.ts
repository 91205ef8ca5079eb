// The resource panel: a live object beside what Git wants, and "Why OutOfSync?" answered field
// by field (argo-cd#5112) — the value in Git and its file and line, the value live and the
// field manager that wrote it. The differences are the reconciler's own (explainOutOfSync runs
// the same diff as compare-application), so the panel never disagrees with the sync status.
import { assessHealth, getObject, type KubeObject } from "@/lib/kube";
import { explainOutOfSync, explainResourceState, type FieldExplanation } from "@/lib/reconciler/explain-out-of-sync";
import { fieldsOwnedBy } from "@/lib/reconciler/field-managers";
import { ignoredFields, withoutFields } from "@/lib/reconciler/ignore-differences";
import { parsePointer } from "@/lib/reconciler/json-pointer";
import type { Manifest } from "@/lib/reconciler/manifest";
import type { WorldState } from "@/lib/reconciler/world/world-state";
import type { ObjectId } from "../commands";
import type { LiveObjectView } from "../view-schema";
import { driftDiff, toYaml } from "./drift-diff";
import { findDesiredState, type DesiredState } from "./find-desired-state";

type Explanation = LiveObjectView["explanations"][number];

/**
 * What `kubectl get -o yaml` shows, in its order (apiVersion, kind, metadata, spec…, status):
 * managedFields are noise for a learner, and kubectl hides them too.
 */
function forDisplay(live: KubeObject): KubeObject {
  const { managedFields: _managedFields, ...metadata } = live.metadata;
  const { apiVersion, kind, metadata: _metadata, status, ...rest } = live;
  return { apiVersion, kind, metadata, ...rest, ...(status !== undefined ? { status } : {}) };
}

function readablePath(pointer: string): string {
  return parsePointer(pointer)
    .map((token, index) => (/^\d+$/.test(token) ? `[${token}]` : index === 0 ? token : `.${token}`))
    .join("");
}

function show(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function summaryOf(explanation: FieldExplanation): string {
  const field = readablePath(explanation.path);
  const who = explanation.changedBy ? ` (changed by ${explanation.changedBy})` : "";
  switch (explanation.reason) {
    case "changed":
      return `${field}: Git says ${show(explanation.desired)}, live is ${show(explanation.live)}${who}`;
    case "missing-live":
      return `${field}: Git says ${show(explanation.desired)}, live has no value${who}`;
    case "removed-from-git":
      return `${field}: no longer in Git, live is ${show(explanation.live)}; the next sync removes it`;
  }
}

function toExplanation(explanation: FieldExplanation, repo: string | undefined, summary: string): Explanation {
  return {
    path: explanation.path ? readablePath(explanation.path) : "",
    summary,
    ...(explanation.source ? { source: { ...(repo ? { repo } : {}), file: explanation.source.file, line: explanation.source.line } } : {}),
    ...(explanation.changedBy ? { changedBy: explanation.changedBy } : {}),
  };
}

/** Whole-object reasons, in the words of the tool that manages it. */
function resourceStateExplanation(state: DesiredState, live: KubeObject | undefined, repo: string | undefined): Explanation[] {
  const explanation = explainResourceState({ desired: state.desired, live: live as Manifest | undefined, sourceFiles: state.sourceFiles });
  if (!explanation) return [];
  if (state.tool === "argocd") return [toExplanation(explanation, repo, explanation.message)];
  const what = `${(state.desired ?? live)!.kind}/${(state.desired ?? live)!.metadata.name}`;
  const summary = state.desired
    ? `${what} is in Git but not in the cluster: Flux creates it at the next reconcile.`
    : `${what} is in the cluster but no longer in Git: ${state.prune ? "Flux deletes it at the next reconcile (prune: true)" : "Flux leaves it, since prune is off"}.`;
  return [toExplanation(explanation, repo, summary)];
}

function compare(state: DesiredState, live: KubeObject, repo: string | undefined) {
  const desired = state.desired!;
  const explained = explainOutOfSync({ desired, live: live as Manifest, lastApplied: state.lastApplied, ignoreDifferences: state.ignoreDifferences, sourceFiles: state.sourceFiles });
  // The diff leaves out ignored fields, as the comparison does.
  const owned = (manager: string) => fieldsOwnedBy(live, manager);
  const left = withoutFields(desired, ignoredFields(state.ignoreDifferences, desired, owned));
  const right = withoutFields(live as Manifest, ignoredFields(state.ignoreDifferences, live as Manifest, owned));
  return {
    diff: driftDiff(left, right, state.lastApplied),
    explanations: explained.map((explanation) => toExplanation(explanation, repo, summaryOf(explanation))),
  };
}

/** An object Git declares that is not live: every line of it is missing. */
function missingDiff(desired: Manifest | undefined): string[] {
  if (!desired) return [];
  const lines = toYaml(desired).replace(/\n$/, "").split("\n");
  return [`@@ -1,${lines.length} +0,0 @@`, ...lines.map((line) => `-${line}`)];
}

/**
 * @param repoUrls the sandbox's repositories: a source file is linked (`source.repo`) only when the learner can open it.
 * @example liveObjectView(world, "in-cluster", { group: "apps", kind: "Deployment", namespace: "shop", name: "web" }, [SHOP_REPO]).explanations
 *          // [{ path: "spec.replicas", summary: "spec.replicas: Git says 2, live is 10 (changed by kubectl-scale)",
 *          //    source: { repo: SHOP_REPO, file: "apps/web/deployment.yaml", line: 8 }, changedBy: "kubectl-scale" }]
 */
export function liveObjectView(world: WorldState, cluster: string, object: ObjectId, repoUrls: readonly string[]): LiveObjectView {
  const state = world.clusters[cluster];
  const live = state ? getObject(state, { group: object.group, kind: object.kind, namespace: object.namespace ?? "", name: object.name }) : undefined;
  const desiredState = state ? findDesiredState(world, cluster, object, live) : undefined;
  const repo = desiredState && repoUrls.includes(desiredState.repoURL) ? desiredState.repoURL : undefined;
  const health = live ? assessHealth(live) : desiredState?.desired ? { status: "Missing" as const, message: "" } : undefined;
  const base = {
    cluster,
    object,
    liveYaml: live ? toYaml(forDisplay(live)) : null,
    desiredYaml: desiredState?.desired ? toYaml(desiredState.desired) : null,
    ...(health ? { health: health.message ? health : { status: health.status } } : {}),
  };
  if (!desiredState) return { ...base, diff: [], explanations: [] };
  const compared = live && desiredState.desired ? compare(desiredState, live, repo) : { diff: missingDiff(desiredState.desired), explanations: resourceStateExplanation(desiredState, live, repo) };
  // Argo CD's verdict when it has one; otherwise (Flux, or not compared yet) the diff's.
  const sync = desiredState.sync ?? (compared.explanations.length > 0 ? "OutOfSync" : "Synced");
  return { ...base, ...compared, sync };
}
