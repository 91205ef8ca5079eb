// `argocd app history NAME`: the revisions the Application was synced to, grouped by source
// (printApplicationHistoryTable): ID, DATE (Go's time format), REVISION "target (sha7)".
import { readApplicationSpec } from "@/lib/reconciler/argocd/application-spec";
import { appNotFound, findApplication, parseArgocdFlags, usageError } from "./argocd-common";
import { tabwrite, TWO_SPACES } from "./format-table";
import { goTime } from "./format-time";
import { commandHelp } from "./help-text";
import { flagBool, flagString } from "./parse-flags";
import { succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

export function argocdAppHistory(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const { world } = ctx;
  const parsed = parseArgocdFlags(world, "argocd app history", args, [{ name: "output", short: "o", type: "string" }]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(world, commandHelp("argocd app history"));
  const [name] = flags.positional;
  if (name === undefined) return usageError(world, "argocd app history");
  const app = findApplication(world, name);
  if (!app) return appNotFound(world, name);
  const history = world.argo[app.metadata.name]?.history ?? [];
  if (flagString(flags, "output") === "id") return succeed(world, history.map((entry) => String(entry.id)).join("\n"));
  if (history.length === 0) return succeed(world, "");
  const { source } = readApplicationSpec(app);
  const rows = history.map((entry) => [String(entry.id), goTime(entry.deployedAt), entry.revision.length >= 7 ? `${source.targetRevision} (${entry.revision.slice(0, 7)})` : source.targetRevision]);
  return succeed(world, tabwrite([["SOURCE", source.repoURL], ["ID", "DATE", "REVISION"], ...rows], TWO_SPACES));
}
