// `argocd …`: the `app` commands. The sandbox's argocd is always logged in to the simulated
// Argo CD; commands about servers, clusters and accounts are explained rather than faked.
import { argocdAppDiff } from "./argocd-app-diff";
import { argocdAppGet, argocdAppList } from "./argocd-app-get";
import { argocdAppHistory } from "./argocd-app-history";
import { argocdAppSet } from "./argocd-app-set";
import { argocdAppRollback, argocdAppSync } from "./argocd-app-sync";
import { toolHelp } from "./help-text";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

type Command = (ctx: TerminalContext, args: readonly string[]) => TerminalOutcome | Promise<TerminalOutcome>;

const APP_COMMANDS: Record<string, Command> = {
  list: argocdAppList,
  get: argocdAppGet,
  sync: argocdAppSync,
  diff: argocdAppDiff,
  history: argocdAppHistory,
  rollback: argocdAppRollback,
  set: argocdAppSet,
};

export const ARGOCD_APP_COMMANDS = Object.keys(APP_COMMANDS).sort();

// Real argocd commands this sandbox does not model.
const ELSEWHERE = new Set(["login", "logout", "relogin", "account", "admin", "appset", "cert", "cluster", "context", "gpg", "proj", "repo", "repocreds", "version"]);

const isHelp = (word: string | undefined) => word === undefined || word === "help" || word === "--help" || word === "-h";

export async function runArgocd(ctx: TerminalContext, args: readonly string[]): Promise<TerminalOutcome> {
  const [group, command, ...rest] = args;
  if (isHelp(group)) return succeed(ctx.world, toolHelp("argocd"));
  if (group !== "app") {
    if (ELSEWHERE.has(group)) return fail(ctx.world, `argocd ${group}: not available in this sandbox, whose argocd CLI is already logged in to the simulated Argo CD. Try "argocd app list".`);
    return fail(ctx.world, `Error: unknown command "${group}" for "argocd"\nRun 'argocd --help' for usage.`);
  }
  if (isHelp(command)) return succeed(ctx.world, toolHelp("argocd app"));
  const run = APP_COMMANDS[command];
  if (!run) return fail(ctx.world, `Error: unknown command "${command}" for "argocd app"\nRun 'argocd app --help' for usage.`);
  return run(ctx, rest);
}
