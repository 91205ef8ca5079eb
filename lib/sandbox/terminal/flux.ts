// `flux …`: get, reconcile, suspend and resume, on the Flux objects of the hub cluster
// (default namespace flux-system, -n to change it).
import { fluxGet } from "./flux-get";
import { fluxFailure } from "./flux-kinds";
import { fluxReconcile, fluxResume, fluxSuspend } from "./flux-reconcile";
import { toolHelp } from "./help-text";
import { succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

type Command = (ctx: TerminalContext, args: readonly string[]) => TerminalOutcome;

const COMMANDS: Record<string, Command> = { get: fluxGet, reconcile: fluxReconcile, suspend: fluxSuspend, resume: fluxResume };

export const FLUX_COMMANDS = Object.keys(COMMANDS).sort();

export function runFlux(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const [command, ...rest] = args;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") return succeed(ctx.world, toolHelp("flux"));
  const run = COMMANDS[command];
  if (!run) return fluxFailure(ctx.world, `unknown command "${command}" for "flux"`);
  return run(ctx, rest);
}
