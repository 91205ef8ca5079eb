// `argocd app set NAME --sync-policy automated|none --self-heal[=false] --auto-prune[=false]
// --allow-empty[=false]`: edits the Application's spec.syncPolicy as argocd-server does, under
// the field manager argocd-server. Like the real CLI it prints nothing on success; self-heal
// and auto-prune need automated sync (set in the same command or before).
import type { KubeObject } from "@/lib/kube/types";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { appNotFound, fatal, findApplication, parseArgocdFlags, usageError } from "./argocd-common";
import { changeLive } from "./change-live";
import { plain } from "./column-cells";
import { commandHelp, usageOf } from "./help-text";
import { flagBool, flagString, type ParsedFlags } from "./parse-flags";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

export const ARGOCD_SERVER = "argocd-server";

const AUTOMATED = ["automated", "automatic", "auto"];
const MANUAL = ["none", "manual"];

/** The new spec.syncPolicy, or the message argocd exits with. */
function nextSyncPolicy(app: KubeObject, flags: ParsedFlags): { ok: true; syncPolicy: Record<string, unknown> } | { ok: false; message: string } {
  const syncPolicy = { ...plain(app.spec?.syncPolicy) };
  const policy = flagString(flags, "sync-policy");
  if (policy !== undefined) {
    if (AUTOMATED.includes(policy)) syncPolicy.automated = { ...plain(syncPolicy.automated) };
    else if (MANUAL.includes(policy)) delete syncPolicy.automated;
    else return { ok: false, message: `Invalid sync-policy: ${policy}` };
  }
  const automated = syncPolicy.automated === undefined || plain(syncPolicy.automated).enabled === false ? undefined : { ...plain(syncPolicy.automated) };
  for (const [flag, field] of [["self-heal", "selfHeal"], ["auto-prune", "prune"], ["allow-empty", "allowEmpty"]] as const) {
    const value = flagBool(flags, flag);
    if (value === undefined) continue;
    if (!automated) return { ok: false, message: `Cannot set --${flag}: application not configured with automatic sync` };
    automated[field] = value;
  }
  if (automated) syncPolicy.automated = automated;
  return { ok: true, syncPolicy };
}

export function argocdAppSet(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const parsed = parseArgocdFlags(ctx.world, "argocd app set", args, [
    { name: "sync-policy", type: "string" },
    { name: "self-heal", type: "bool" },
    { name: "auto-prune", type: "bool" },
    { name: "allow-empty", type: "bool" },
  ]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("argocd app set"));
  if (flags.positional.length !== 1) return usageError(ctx.world, "argocd app set");
  const app = findApplication(ctx.world, flags.positional[0]);
  if (!app) return appNotFound(ctx.world, flags.positional[0]);
  if (!["sync-policy", "self-heal", "auto-prune", "allow-empty"].some((name) => name in flags.values)) {
    return fail(ctx.world, `ERRO[0000] Please set at least one option to update\nUsage:\n  ${usageOf("argocd app set")}`);
  }
  const next = nextSyncPolicy(app, flags);
  if (!next.ok) return fatal(ctx.world, next.message);
  const key = { group: "argoproj.io", kind: "Application", namespace: app.metadata.namespace ?? "", name: app.metadata.name };
  const written = changeLive(ctx.world, HUB_CLUSTER, key, (live) => {
    const { syncPolicy: _previous, ...rest } = live.spec ?? {};
    return { ...live, spec: Object.keys(next.syncPolicy).length > 0 ? { ...rest, syncPolicy: next.syncPolicy } : rest };
  }, ARGOCD_SERVER);
  if (!written.ok) return fatal(ctx.world, `rpc error: code = InvalidArgument desc = ${written.message}`);
  return succeed(written.world, "");
}
