// `argocd app list` and `argocd app get NAME [--refresh]`. A refresh asks Argo CD to re-read
// Git now (refreshApplication) and lets the controllers run once at the current time — the
// clock does not move — so the answer shows the refreshed comparison, as the real one does.
import { listObjects } from "@/lib/kube/list-objects";
import { matchesSelector } from "@/lib/kube/label-selector";
import { refreshApplication } from "@/lib/reconciler/argocd/app-commands";
import { readApplicationSpec } from "@/lib/reconciler/argocd/application-spec";
import { ARGOCD_NAMESPACE } from "@/lib/reconciler/argocd/destination";
import { runControllers } from "@/lib/reconciler/world/advance-world";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { appNotFound, fatal, findApplication, parseArgocdFlags, statusOf, usageError } from "./argocd-common";
import { appSummary, conditionsTable, operationBlock, resourceTable } from "./argocd-app-summary";
import { tabwrite, TWO_SPACES } from "./format-table";
import { commandHelp } from "./help-text";
import { flagBool, flagString, flagStrings } from "./parse-flags";
import { parseLabelSelector } from "./parse-label-selector";
import { toYaml } from "./format-object";
import { succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

function syncPolicyColumn(automated: ReturnType<typeof readApplicationSpec>["automated"]): string {
  if (!automated) return "Manual";
  return automated.prune ? "Auto-Prune" : "Auto";
}

function conditionsColumn(types: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  const items = [...counts.entries()].map(([type, count]) => (count > 1 ? `${type}(${count})` : type));
  return items.length > 0 ? items.join(",") : "<none>";
}

export function argocdAppList(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const { world } = ctx;
  const parsed = parseArgocdFlags(world, "argocd app list", args, [
    { name: "output", short: "o", type: "string" },
    { name: "selector", short: "l", type: "string" },
    { name: "project", short: "p", type: "strings" },
  ]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(world, commandHelp("argocd app list"));
  const output = flagString(flags, "output") ?? "wide";
  if (!["wide", "name", "json", "yaml"].includes(output)) return fatal(world, `unknown output format: ${output}`);
  const selectorText = flagString(flags, "selector");
  const selector = selectorText === undefined ? undefined : parseLabelSelector(selectorText);
  if (selector && !selector.ok) return fatal(world, selector.message);
  const projects = flagStrings(flags, "project");
  const apps = listObjects(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE })
    .filter((app) => !selector?.ok || matchesSelector(selector.selector, app.metadata.labels))
    .filter((app) => projects.length === 0 || projects.includes(readApplicationSpec(app).project));
  if (output === "name") return succeed(world, apps.map((app) => `${ARGOCD_NAMESPACE}/${app.metadata.name}`).join("\n"));
  if (output === "json") return succeed(world, JSON.stringify(apps, null, 2));
  if (output === "yaml") return succeed(world, toYaml(apps));
  const rows = apps.map((app) => {
    const spec = readApplicationSpec(app);
    const status = statusOf(app);
    return [
      `${ARGOCD_NAMESPACE}/${app.metadata.name}`,
      spec.destination.server ?? spec.destination.name ?? "",
      spec.destination.namespace,
      spec.project,
      status.sync?.status ?? "",
      status.health?.status ?? "",
      syncPolicyColumn(spec.automated),
      conditionsColumn((status.conditions ?? []).map((condition) => condition.type)),
      spec.source.repoURL,
      spec.source.path,
      spec.source.targetRevision,
    ];
  });
  return succeed(world, tabwrite([["NAME", "CLUSTER", "NAMESPACE", "PROJECT", "STATUS", "HEALTH", "SYNCPOLICY", "CONDITIONS", "REPO", "PATH", "TARGET"], ...rows], TWO_SPACES));
}

export async function argocdAppGet(ctx: TerminalContext, args: readonly string[]): Promise<TerminalOutcome> {
  const parsed = parseArgocdFlags(ctx.world, "argocd app get", args, [
    { name: "output", short: "o", type: "string" },
    { name: "refresh", type: "bool" },
    { name: "hard-refresh", type: "bool" },
    { name: "show-operation", type: "bool" },
    { name: "show-params", type: "bool" },
  ]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("argocd app get"));
  const [name] = flags.positional;
  if (name === undefined) return usageError(ctx.world, "argocd app get");
  const found = findApplication(ctx.world, name);
  if (!found) return appNotFound(ctx.world, name);
  const output = flagString(flags, "output") ?? "wide";
  if (!["wide", "json", "yaml", "tree"].includes(output)) return fatal(ctx.world, `unknown output format: ${output}`);
  let world = ctx.world;
  if (flagBool(flags, "refresh") || flagBool(flags, "hard-refresh")) {
    const refreshed = refreshApplication(world, found.metadata.name);
    if (refreshed.ok) world = await runControllers(refreshed.world, ctx.git);
  }
  const app = findApplication(world, found.metadata.name) ?? found;
  if (output === "json") return succeed(world, JSON.stringify(app, null, 2));
  if (output === "yaml") return succeed(world, toYaml(app));
  const operation = world.argo[app.metadata.name]?.operation;
  const conditions = conditionsTable(app);
  const blocks = [
    appSummary(app),
    // argocd prints a blank line before and after the conditions table.
    ...(conditions ? ["", conditions, ""] : []),
    ...(flagBool(flags, "show-operation") && operation ? ["", operationBlock(operation, world.now)] : []),
  ];
  const resources = resourceTable(app, operation);
  return succeed(world, [...blocks, ...(resources ? ["", resources] : [])].join("\n"));
}
