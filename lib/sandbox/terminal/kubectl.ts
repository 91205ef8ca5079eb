// `kubectl …`: finds the subcommand (global flags such as -n and --context may come before
// it, as kubectl allows) and runs it.
import { kubectlApply } from "./kubectl-apply";
import { kubectlApiResources, kubectlConfig, kubectlVersion } from "./kubectl-config";
import { kubectlDelete } from "./kubectl-delete";
import { kubectlDescribe } from "./kubectl-describe";
import { kubectlEdit } from "./kubectl-edit";
import { kubectlEvents } from "./kubectl-events";
import { kubectlGet } from "./kubectl-get";
import { kubectlAnnotate, kubectlLabel } from "./kubectl-label";
import { kubectlPatch } from "./kubectl-patch";
import { kubectlRollout } from "./kubectl-rollout";
import { kubectlScale } from "./kubectl-scale";
import { kubectlError } from "./kubectl-scope";
import { kubectlSetImage } from "./kubectl-set-image";
import { commandHelp, toolHelp } from "./help-text";
import { succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

type Command = (ctx: TerminalContext, args: readonly string[]) => TerminalOutcome | Promise<TerminalOutcome>;

function kubectlSet(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const [what, ...rest] = args;
  if (what === "image") return kubectlSetImage(ctx, rest);
  if (what === undefined || what === "--help" || what === "-h") return succeed(ctx.world, commandHelp("kubectl set"));
  return kubectlError(ctx.world, `unknown command "${what}" for "kubectl set"`);
}

const COMMANDS: Record<string, Command> = {
  get: kubectlGet,
  describe: kubectlDescribe,
  apply: kubectlApply,
  scale: kubectlScale,
  set: kubectlSet,
  patch: kubectlPatch,
  edit: kubectlEdit,
  label: kubectlLabel,
  annotate: kubectlAnnotate,
  delete: kubectlDelete,
  rollout: kubectlRollout,
  events: kubectlEvents,
  config: kubectlConfig,
  version: kubectlVersion,
  "api-resources": kubectlApiResources,
};

export const KUBECTL_COMMANDS = Object.keys(COMMANDS).sort();

// Real kubectl commands the simulation does not model, and what to do instead.
const NO_PROCESSES = "the simulated pods run no processes";
const USE_MANIFESTS = 'write a manifest in the repository and use "kubectl apply -f", or edit live objects with "kubectl edit"';
const ELSEWHERE: Record<string, string> = {
  logs: NO_PROCESSES, exec: NO_PROCESSES, attach: NO_PROCESSES, cp: NO_PROCESSES, "port-forward": NO_PROCESSES, top: NO_PROCESSES, debug: NO_PROCESSES,
  create: USE_MANIFESTS, run: USE_MANIFESTS, expose: USE_MANIFESTS, replace: USE_MANIFESTS, autoscale: USE_MANIFESTS,
  explain: 'see "kubectl api-resources" for the types', diff: 'see "argocd app diff NAME" for how live differs from Git',
};

// Global flags that take a value, and so may sit before the subcommand with their value.
const VALUED_GLOBALS = new Set(["-n", "--namespace", "--context"]);

/** `kubectl -n shop get pods` → subcommand "get", args ["pods", "-n", "shop"]. */
function splitSubcommand(args: readonly string[]): { command?: string; rest: string[] } {
  const leading: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (!arg.startsWith("-")) return { command: arg, rest: [...args.slice(index + 1), ...leading] };
    leading.push(arg);
    if (VALUED_GLOBALS.has(arg) && index + 1 < args.length) leading.push(args[++index]);
  }
  return { rest: leading };
}

export async function runKubectl(ctx: TerminalContext, args: readonly string[]): Promise<TerminalOutcome> {
  const { command, rest } = splitSubcommand(args);
  if (command === undefined || command === "help") return succeed(ctx.world, toolHelp("kubectl"));
  const run = COMMANDS[command];
  if (!run && ELSEWHERE[command]) return kubectlError(ctx.world, `"kubectl ${command}" is not available in this sandbox: ${ELSEWHERE[command]}`);
  if (!run) return kubectlError(ctx.world, `unknown command "${command}" for "kubectl"`);
  return run(ctx, rest);
}
