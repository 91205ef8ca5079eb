// What the argocd commands share: finding an Application (by name or "argocd/name"), reading
// its status, and Argo CD's error styles — cobra's "Error: …" for usage mistakes and logrus'
// "FATA[0000] rpc error: …" for what the API server refuses.
import { getObject } from "@/lib/kube/get-object";
import type { KubeObject } from "@/lib/kube/types";
import { ARGOCD_NAMESPACE } from "@/lib/reconciler/argocd/destination";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { usageOf } from "./help-text";
import { parseFlags, type FlagSpec, type ParsedFlags } from "./parse-flags";
import { fail, type TerminalOutcome } from "./terminal-types";

export interface AppStatusView {
  sync?: { status?: string; revision?: string };
  health?: { status?: string; message?: string };
  conditions?: { type: string; message: string; lastTransitionTime?: string }[];
  resources?: { group: string; kind: string; namespace: string; name: string; status: string; health?: { status: string; message?: string }; requiresPruning?: boolean }[];
  operationState?: {
    phase: string;
    message: string;
    startedAt: string;
    finishedAt?: string;
    syncResult?: { revision: string; resources?: { group: string; kind: string; namespace: string; name: string; status: string; message: string; hookType?: string }[] };
  };
}

export const statusOf = (app: KubeObject) => (app.status ?? {}) as AppStatusView;

/** `argocd app get argocd/web` names the same app as `argocd app get web`. */
export function findApplication(world: WorldState, qualified: string): KubeObject | undefined {
  const name = qualified.startsWith(`${ARGOCD_NAMESPACE}/`) ? qualified.slice(ARGOCD_NAMESPACE.length + 1) : qualified;
  return getObject(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE, name });
}

/** logrus' fatal line, as the argocd CLI exits on an error. */
export function fatal(world: WorldState, message: string): TerminalOutcome {
  return fail(world, `FATA[0000] ${message}`);
}

/** The API server's answer for an Application that does not exist. */
export function appNotFound(world: WorldState, name: string): TerminalOutcome {
  return fatal(world, `rpc error: code = NotFound desc = applications.argoproj.io "${name.replace(`${ARGOCD_NAMESPACE}/`, "")}" not found`);
}

/** A refusal of the API server (an operation already running, auto-sync on…). */
export function precondition(world: WorldState, message: string): TerminalOutcome {
  return fatal(world, `rpc error: code = FailedPrecondition desc = ${message}`);
}

/** Flags for `argocd <command>`, or cobra's error with the command's usage. */
export function parseArgocdFlags(world: WorldState, command: string, args: readonly string[], specs: readonly FlagSpec[]): { ok: true; flags: ParsedFlags } | { ok: false; outcome: TerminalOutcome } {
  const parsed = parseFlags(args, [...specs, { name: "help", short: "h", type: "bool" }]);
  if (parsed.ok) return parsed;
  return { ok: false, outcome: fail(world, `Error: ${parsed.message}\nUsage:\n  ${usageOf(command)}`) };
}

/** cobra's answer to a missing APPNAME: the usage, exit code 1. */
export function usageError(world: WorldState, command: string): TerminalOutcome {
  return fail(world, `Usage:\n  ${usageOf(command)}`);
}
