// `kubectl rollout status|history|undo|restart|pause|resume`. Status prints the current state
// once instead of blocking (kubectl's status viewers' messages); undo writes the previous
// ReplicaSet's pod template back into the Deployment under the field manager kubectl-rollout.
import { listObjects } from "@/lib/kube/list-objects";
import type { KubeObject } from "@/lib/kube/types";
import type { WorldState } from "@/lib/reconciler/world/world-state";
import { changeLive } from "./change-live";
import { canonicalJson } from "@/lib/kube/canonical-json";
import { num } from "@/lib/kube/health/conditions";
import { list, plain } from "./column-cells";
import { tabwrite, TWO_SPACES } from "./format-table";
import { commandHelp } from "./help-text";
import { keyFor, kubectlError, parseKubectlFlags, parseSelections, resolveScope, resolveTargets, serverError, type KubectlScope, type Target } from "./kubectl-scope";
import { flagBool, flagString, type ParsedFlags } from "./parse-flags";
import { objectName } from "./resource-kinds";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

export const ROLLOUT_MANAGER = "kubectl-rollout";
const REVISION = "deployment.kubernetes.io/revision";
const TEMPLATE_HASH = "pod-template-hash";

type Step = { ok: boolean; world: WorldState; line: string };

function deploymentStatus(deployment: KubeObject): { ok: boolean; line: string } {
  const name = deployment.metadata.name;
  const status = plain(deployment.status);
  if (num(deployment.metadata.generation) > num(status.observedGeneration)) return { ok: true, line: "Waiting for deployment spec update to be observed..." };
  const progressing = list(status.conditions).map(plain).find((condition) => condition.type === "Progressing");
  if (progressing?.reason === "ProgressDeadlineExceeded") return { ok: false, line: `error: deployment "${name}" exceeded its progress deadline` };
  const desired = num(plain(deployment.spec).replicas, 1);
  const [updated, replicas, available] = [num(status.updatedReplicas), num(status.replicas), num(status.availableReplicas)];
  if (updated < desired) return { ok: true, line: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${desired} new replicas have been updated...` };
  if (replicas > updated) return { ok: true, line: `Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...` };
  if (available < updated) return { ok: true, line: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...` };
  return { ok: true, line: `deployment "${name}" successfully rolled out` };
}

function statusOf(target: Target): { ok: boolean; line: string } {
  const { object } = target;
  const status = plain(object.status);
  if (object.kind === "Deployment") return deploymentStatus(object);
  if (object.kind === "StatefulSet") {
    const desired = num(plain(object.spec).replicas, 1);
    const ready = num(status.readyReplicas);
    return ready < desired ? { ok: true, line: `Waiting for ${desired - ready} pods to be ready...` } : { ok: true, line: `statefulset rolling update complete ${desired} pods at revision ${String(status.updateRevision ?? status.currentRevision ?? "")}...` };
  }
  if (object.kind === "DaemonSet") {
    const [desired, updated, available] = [num(status.desiredNumberScheduled), num(status.updatedNumberScheduled), num(status.numberAvailable)];
    if (updated < desired) return { ok: true, line: `Waiting for daemon set "${object.metadata.name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...` };
    if (available < desired) return { ok: true, line: `Waiting for daemon set "${object.metadata.name}" rollout to finish: ${available} of ${desired} updated pods are available...` };
    return { ok: true, line: `daemon set "${object.metadata.name}" successfully rolled out` };
  }
  return { ok: false, line: `error: no status viewer has been implemented for ${object.kind}` };
}

function replicaSetsOf(scope: KubectlScope, deployment: KubeObject): KubeObject[] {
  return listObjects(scope.state, { group: "apps", kind: "ReplicaSet", namespace: deployment.metadata.namespace })
    .filter((rs) => (rs.metadata.ownerReferences ?? []).some((ref) => ref.uid === deployment.metadata.uid))
    .sort((a, b) => Number(a.metadata.annotations?.[REVISION] ?? 0) - Number(b.metadata.annotations?.[REVISION] ?? 0));
}

function history(scope: KubectlScope, target: Target): string {
  const rows = replicaSetsOf(scope, target.object).map((rs) => [rs.metadata.annotations?.[REVISION] ?? "0", rs.metadata.annotations?.["kubernetes.io/change-cause"] ?? "<none>"]);
  return `${objectName(target.type, target.object.metadata.name)}\n${tabwrite([["REVISION", "CHANGE-CAUSE"], ...rows], TWO_SPACES)}`;
}

/** The pod template of a ReplicaSet as its Deployment declared it (without the hash label). */
function templateOf(rs: KubeObject): Record<string, unknown> {
  const template = plain(plain(rs.spec).template);
  const metadata = plain(template.metadata);
  const { [TEMPLATE_HASH]: _hash, ...labels } = plain(metadata.labels) as Record<string, string>;
  return { ...template, metadata: { ...metadata, labels } };
}

function undo(world: WorldState, scope: KubectlScope, target: Target, toRevision: number | undefined): Step {
  const { object } = target;
  const name = objectName(target.type, object.metadata.name);
  const sets = replicaSetsOf(scope, object);
  const current = Number(object.metadata.annotations?.[REVISION] ?? 0);
  const wanted = toRevision ? sets.find((rs) => Number(rs.metadata.annotations?.[REVISION]) === toRevision) : [...sets].reverse().find((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0) < current);
  if (!wanted) return { ok: false, world, line: toRevision ? `error: unable to find specified revision ${toRevision} in history` : `error: no rollout history found for deployment "${object.metadata.name}"` };
  const template = templateOf(wanted);
  const revision = wanted.metadata.annotations?.[REVISION];
  if (canonicalJson(template) === canonicalJson(plain(object.spec).template)) return { ok: true, world, line: `${name} skipped rollback (current template already matches revision ${revision})` };
  const written = changeLive(world, scope.cluster, keyFor(target.type, scope.namespace, object.metadata.name), (live) => ({ ...live, spec: { ...live.spec, template } }), ROLLOUT_MANAGER);
  return written.ok ? { ok: true, world: written.world, line: `${name} rolled back` } : { ok: false, world, line: serverError(written.message) };
}

function change(world: WorldState, scope: KubectlScope, target: Target, edit: (live: KubeObject) => KubeObject, verb: string): Step {
  const written = changeLive(world, scope.cluster, keyFor(target.type, scope.namespace, target.object.metadata.name), edit, ROLLOUT_MANAGER);
  return written.ok ? { ok: true, world: written.world, line: `${objectName(target.type, target.object.metadata.name)} ${verb}` } : { ok: false, world, line: serverError(written.message) };
}

function restartAnnotation(live: KubeObject, now: number): KubeObject {
  const template = plain(live.spec?.template);
  const metadata = plain(template.metadata);
  const annotations = { ...plain(metadata.annotations), "kubectl.kubernetes.io/restartedAt": new Date(now).toISOString().replace(/\.\d{3}Z$/, "Z") };
  return { ...live, spec: { ...live.spec, template: { ...template, metadata: { ...metadata, annotations } } } };
}

function runStep(action: string, world: WorldState, scope: KubectlScope, target: Target, flags: ParsedFlags): Step {
  const isDeployment = target.object.kind === "Deployment";
  if (action === "status") return { ...statusOf(target), world };
  if (!isDeployment && action !== "restart") return { ok: false, world, line: `error: ${action} is only supported on deployments in this terminal` };
  switch (action) {
    case "history":
      return { ok: true, world, line: history(scope, target) };
    case "undo":
      return undo(world, scope, target, flagString(flags, "to-revision") ? Number(flagString(flags, "to-revision")) : undefined);
    case "restart":
      return change(world, scope, target, (live) => restartAnnotation(live, world.now), "restarted");
    case "pause":
      return plain(target.object.spec).paused === true ? { ok: true, world, line: `${objectName(target.type, target.object.metadata.name)} paused` } : change(world, scope, target, (live) => ({ ...live, spec: { ...live.spec, paused: true } }), "paused");
    default:
      return change(world, scope, target, (live) => ({ ...live, spec: { ...live.spec, paused: false } }), "resumed");
  }
}

const ACTIONS = ["history", "pause", "restart", "resume", "status", "undo"];

export function kubectlRollout(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const [action, ...rest] = args;
  if (action === undefined || action === "--help" || action === "-h") return succeed(ctx.world, commandHelp("kubectl rollout"));
  if (!ACTIONS.includes(action)) return kubectlError(ctx.world, `unknown command "${action}" for "kubectl rollout"`);
  const parsed = parseKubectlFlags(ctx.world, `rollout ${action}`, rest, [{ name: "to-revision", type: "string" }, { name: "watch", short: "w", type: "bool" }, { name: "timeout", type: "string" }]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("kubectl rollout"));
  const scope = resolveScope(ctx.world, flags);
  if (!scope.ok) return kubectlError(ctx.world, scope.message);
  const selections = parseSelections(scope.value.state, flags.positional);
  if (!selections.ok) return kubectlError(ctx.world, selections.message);
  if (selections.value.length === 0 || selections.value.some((selection) => selection.names.length === 0)) return kubectlError(ctx.world, "required resource not specified");
  const { targets, errors } = resolveTargets(scope.value, selections.value);
  let world = ctx.world;
  const lines: string[] = [];
  let ok = errors.length === 0;
  for (const target of targets) {
    const step = runStep(action, world, { ...scope.value, state: world.clusters[scope.value.cluster] }, target, flags);
    world = step.world;
    lines.push(step.line);
    ok &&= step.ok;
  }
  const output = [...lines, ...errors].join("\n");
  return ok ? succeed(world, output) : fail(world, output);
}
