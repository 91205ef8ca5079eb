// `flux reconcile kustomization NAME [--with-source]`, `flux reconcile source git NAME`,
// `flux suspend …` and `flux resume …`. A reconcile request is the annotation
// reconcile.fluxcd.io/requestedAt = now, which the controllers handle at their next pass; the
// clock does not move inside a command, so instead of waiting like the real CLI the output
// ends by saying so. Written under the field manager flux.
import { getObject } from "@/lib/kube/get-object";
import type { KubeObject } from "@/lib/kube/types";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { FLUX_MANAGER, withReconcileRequest } from "../request-flux-reconcile";
import { changeLive } from "./change-live";
import { plain } from "./column-cells";
import { GIT_REPOSITORY, KUSTOMIZATION, fluxFailure, parseFluxFlags, readKind, type FluxKind } from "./flux-kinds";
import { commandHelp } from "./help-text";
import { flagBool } from "./parse-flags";
import { succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

export { FLUX_MANAGER };

const NEXT_PASS = "◎ the sandbox's clock does not move during a command: the controllers handle the request at their next pass (check with \"flux get all\")";

type Step = { ok: true; world: WorldState; lines: string[] } | { ok: false; message: string };

function keyOf(kind: FluxKind, namespace: string, name: string) {
  return { group: kind.group, kind: kind.kind, namespace, name };
}

function find(world: WorldState, kind: FluxKind, namespace: string, name: string): KubeObject | undefined {
  return getObject(world.clusters[HUB_CLUSTER], keyOf(kind, namespace, name));
}

const notFound = (kind: FluxKind, name: string) => `${kind.plural}.${kind.group} "${name}" not found`;

function annotate(world: WorldState, kind: FluxKind, namespace: string, name: string): Step {
  const object = find(world, kind, namespace, name);
  if (!object) return { ok: false, message: notFound(kind, name) };
  if (plain(object.spec).suspend === true) return { ok: false, message: "resource is suspended" };
  const written = changeLive(world, HUB_CLUSTER, keyOf(kind, namespace, name), (live) => withReconcileRequest(live, world.now), FLUX_MANAGER);
  if (!written.ok) return { ok: false, message: written.message };
  return { ok: true, world: written.world, lines: [`► annotating ${kind.kind} ${name} in ${namespace} namespace`, `✔ ${kind.kind} annotated`, `◎ waiting for ${kind.kind} reconciliation`] };
}

function sourceOf(object: KubeObject): { kind?: string; name?: string; namespace?: string } {
  return plain(plain(object.spec).sourceRef) as { kind?: string; name?: string; namespace?: string };
}

export function fluxReconcile(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const parsed = parseFluxFlags(ctx.world, args, [{ name: "with-source", type: "bool" }, { name: "timeout", type: "string" }]);
  if (!parsed.ok) return parsed.outcome;
  const { flags, namespace } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("flux reconcile"));
  const selected = readKind(flags.positional);
  if (!selected) return succeed(ctx.world, commandHelp("flux reconcile"));
  if ("unknown" in selected) return fluxFailure(ctx.world, `unknown command "${selected.unknown}" for "flux reconcile${selected.prefix ? ` ${selected.prefix}` : ""}"`);
  const [name] = selected.rest;
  if (name === undefined) return fluxFailure(ctx.world, `${selected.kind.kind} name is required`);
  const lines: string[] = [];
  let world = ctx.world;
  if (selected.kind === KUSTOMIZATION && flagBool(flags, "with-source")) {
    const object = find(world, KUSTOMIZATION, namespace, name);
    if (!object) return fluxFailure(world, notFound(KUSTOMIZATION, name));
    const source = sourceOf(object);
    if ((source.kind ?? "GitRepository") === "GitRepository" && source.name) {
      const step = annotate(world, GIT_REPOSITORY, source.namespace ?? namespace, source.name);
      if (!step.ok) return fluxFailure(ctx.world, step.message);
      world = step.world;
      lines.push(...step.lines);
    }
  }
  const step = annotate(world, selected.kind, namespace, name);
  if (!step.ok) return { ok: false, world: ctx.world, output: [...lines, `✗ ${step.message}`].join("\n") };
  return succeed(step.world, [...lines, ...step.lines, NEXT_PASS].join("\n"));
}

function setSuspended(ctx: TerminalContext, args: readonly string[], suspend: boolean): TerminalOutcome {
  const verb = suspend ? "suspend" : "resume";
  const parsed = parseFluxFlags(ctx.world, args, []);
  if (!parsed.ok) return parsed.outcome;
  const { flags, namespace } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp(`flux ${verb}`));
  const selected = readKind(flags.positional);
  if (!selected) return succeed(ctx.world, commandHelp(`flux ${verb}`));
  if ("unknown" in selected) return fluxFailure(ctx.world, `unknown command "${selected.unknown}" for "flux ${verb}${selected.prefix ? ` ${selected.prefix}` : ""}"`);
  const [name] = selected.rest;
  const { kind } = selected;
  if (name === undefined) return fluxFailure(ctx.world, `${kind.human} name is required`);
  if (!find(ctx.world, kind, namespace, name)) return fluxFailure(ctx.world, notFound(kind, name));
  // Resuming also asks for a reconcile, so the object catches up at once.
  const written = changeLive(
    ctx.world,
    HUB_CLUSTER,
    keyOf(kind, namespace, name),
    (live) => ({ ...(suspend ? live : withReconcileRequest(live, ctx.world.now)), spec: { ...live.spec, suspend } }),
    FLUX_MANAGER,
  );
  if (!written.ok) return fluxFailure(ctx.world, written.message);
  const lines = suspend
    ? [`► suspending ${kind.human} ${name} in ${namespace} namespace`, `✔ ${kind.human} suspended`]
    : [`► resuming ${kind.human} ${name} in ${namespace} namespace`, `✔ ${kind.human} resumed`, `◎ waiting for ${kind.kind} reconciliation`, NEXT_PASS];
  return succeed(written.world, lines.join("\n"));
}

export const fluxSuspend = (ctx: TerminalContext, args: readonly string[]) => setSuspended(ctx, args, true);
export const fluxResume = (ctx: TerminalContext, args: readonly string[]) => setSuspended(ctx, args, false);
