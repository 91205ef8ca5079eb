// `argocd app sync NAME [--prune] [--resource GROUP:KIND:NAME…]` and `argocd app rollback NAME
// [ID]`. Both start an operation that the application controller carries out at its next pass
// (the clock does not move inside a command), so they print the app and the operation as
// started — Phase: Running — rather than waiting for it like the real CLI.
import { syncApplication } from "@/lib/reconciler/argocd/app-commands";
import { rollbackApplication } from "@/lib/reconciler/argocd/rollback-application";
import type { KubeObject } from "@/lib/kube/types";
import type { WorldState } from "@/lib/reconciler/world/world-state";
import { appNotFound, fatal, findApplication, parseArgocdFlags, precondition, statusOf, usageError } from "./argocd-common";
import { appSummary, operationBlock, resourceTable } from "./argocd-app-summary";
import { commandHelp } from "./help-text";
import { flagBool, flagStrings } from "./parse-flags";
import { succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

/** The app, its operation and its resources, as printed once an operation has started. */
function startedOutput(world: WorldState, app: KubeObject): string {
  const operation = world.argo[app.metadata.name]?.operation;
  const resources = resourceTable(app, operation);
  return [appSummary(app), ...(operation ? ["", operationBlock(operation, world.now)] : []), ...(resources ? ["", resources] : [])].join("\n");
}

/**
 * `--resource GROUP:KIND:NAME` or `GROUP:KIND:NAMESPACE/NAME` as resource keys
 * (group/kind/namespace/name); a missing namespace is taken from the app's resources.
 */
function selectedKeys(app: KubeObject, specs: readonly string[]): { ok: true; keys: string[] } | { ok: false; message: string } {
  const resources = statusOf(app).resources ?? [];
  const keys: string[] = [];
  for (const spec of specs) {
    const fields = spec.split(":");
    if (fields.length !== 3) return { ok: false, message: `Resource should have GROUP:KIND:NAME, but instead got: ${spec}` };
    const [group, kind, last] = fields;
    const [namespace, name] = last.includes("/") ? last.split("/") : [undefined, last];
    const matches = resources.filter((resource) => resource.group === group && resource.kind === kind && resource.name === name && (namespace === undefined || resource.namespace === namespace));
    if (matches.length === 0) return { ok: false, message: `No matching resources found for the resource filter ${spec}` };
    keys.push(...matches.map((resource) => `${resource.group}/${resource.kind}/${resource.namespace}/${resource.name}`));
  }
  return { ok: true, keys };
}

export function argocdAppSync(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const parsed = parseArgocdFlags(ctx.world, "argocd app sync", args, [
    { name: "prune", type: "bool" },
    { name: "resource", type: "strings" },
    { name: "async", type: "bool" },
    { name: "timeout", type: "string" },
  ]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("argocd app sync"));
  const [name] = flags.positional;
  if (name === undefined) return usageError(ctx.world, "argocd app sync");
  const app = findApplication(ctx.world, name);
  if (!app) return appNotFound(ctx.world, name);
  const resources = flagStrings(flags, "resource");
  const selected = resources.length > 0 ? selectedKeys(app, resources) : { ok: true as const, keys: undefined };
  if (!selected.ok) return fatal(ctx.world, selected.message);
  const result = syncApplication(ctx.world, app.metadata.name, { prune: flagBool(flags, "prune") === true, ...(selected.keys ? { only: selected.keys } : {}) });
  if (!result.ok) return precondition(ctx.world, result.message);
  // --async: the real CLI returns at once without printing anything.
  if (flagBool(flags, "async")) return succeed(result.world, "");
  return succeed(result.world, startedOutput(result.world, app));
}

export async function argocdAppRollback(ctx: TerminalContext, args: readonly string[]): Promise<TerminalOutcome> {
  const parsed = parseArgocdFlags(ctx.world, "argocd app rollback", args, [{ name: "prune", type: "bool" }, { name: "timeout", type: "string" }]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("argocd app rollback"));
  const [name, idText] = flags.positional;
  if (name === undefined) return usageError(ctx.world, "argocd app rollback");
  const app = findApplication(ctx.world, name);
  if (!app) return appNotFound(ctx.world, name);
  const history = ctx.world.argo[app.metadata.name]?.history ?? [];
  let id: number;
  if (idText === undefined) {
    // Without an ID, argocd rolls back to the deployment before the current one.
    if (history.length < 2) return fatal(ctx.world, `Application '${app.metadata.name}' should have at least two successful deployments`);
    id = history[history.length - 2].id;
  } else {
    if (!/^\d+$/.test(idText)) return fatal(ctx.world, `strconv.Atoi: parsing "${idText}": invalid syntax`);
    id = Number(idText);
    if (!history.some((entry) => entry.id === id)) return fatal(ctx.world, `Application '${app.metadata.name}' does not have deployment id '${id}' in history`);
  }
  const result = await rollbackApplication(ctx.world, app.metadata.name, id, ctx.git);
  if (!result.ok) return precondition(ctx.world, result.message);
  return succeed(result.world, startedOutput(result.world, app));
}
