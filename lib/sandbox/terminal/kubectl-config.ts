// `kubectl config get-contexts|current-context`, `kubectl version` and `kubectl api-resources`.
// Each simulated cluster is a context of the same name; the terminal keeps no kubeconfig, so
// the current context is always the hub and other clusters are reached with --context.
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { KUBECTL_GET, tabwrite } from "./format-table";
import { commandHelp } from "./help-text";
import { kubectlError, parseKubectlFlags, resolveScope } from "./kubectl-scope";
import { flagBool } from "./parse-flags";
import { apiVersionOf, resourceTypes } from "./resource-kinds";
import { succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

// kubectl 1.32 bundles kustomize v5.5.0, the version lib/kustomize models.
export const KUBECTL_VERSION = "v1.32.0";
export const KUSTOMIZE_VERSION = "v5.5.0";

export function kubectlConfig(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const { world } = ctx;
  const [action, ...rest] = args;
  const clusters = Object.keys(world.clusters).sort((a, b) => (a === HUB_CLUSTER ? -1 : b === HUB_CLUSTER ? 1 : a < b ? -1 : 1));
  switch (action) {
    case "get-contexts": {
      const wanted = rest.filter((arg) => !arg.startsWith("-"));
      const missing = wanted.find((name) => !world.clusters[name]);
      if (missing) return kubectlError(world, `context ${missing} not found`);
      const rows = clusters.filter((name) => wanted.length === 0 || wanted.includes(name)).map((name) => [name === HUB_CLUSTER ? "*" : "", name, name, name, ""]);
      return succeed(world, tabwrite([["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"], ...rows], KUBECTL_GET));
    }
    case "current-context":
      return succeed(world, HUB_CLUSTER);
    case "use-context":
      return kubectlError(world, `this sandbox terminal keeps no kubeconfig to change: add --context ${rest[0] ?? "NAME"} to a command to use another cluster (contexts: ${clusters.join(", ")})`);
    case undefined:
    case "--help":
    case "-h":
      return succeed(world, commandHelp("kubectl config"));
    default:
      return kubectlError(world, `unknown command "${action}" for "kubectl config"`);
  }
}

export function kubectlVersion(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const parsed = parseKubectlFlags(ctx.world, "version", args, [{ name: "client", type: "bool" }, { name: "output", short: "o", type: "string" }]);
  if (!parsed.ok) return parsed.outcome;
  if (flagBool(parsed.flags, "help")) return succeed(ctx.world, commandHelp("kubectl version"));
  const client = [`Client Version: ${KUBECTL_VERSION}`, `Kustomize Version: ${KUSTOMIZE_VERSION}`];
  return succeed(ctx.world, (flagBool(parsed.flags, "client") ? client : [...client, `Server Version: ${KUBECTL_VERSION}`]).join("\n"));
}

export function kubectlApiResources(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const parsed = parseKubectlFlags(ctx.world, "api-resources", args, [{ name: "namespaced", type: "string" }, { name: "api-group", type: "string" }]);
  if (!parsed.ok) return parsed.outcome;
  if (flagBool(parsed.flags, "help")) return succeed(ctx.world, commandHelp("kubectl api-resources"));
  const scope = resolveScope(ctx.world, parsed.flags);
  if (!scope.ok) return kubectlError(ctx.world, scope.message);
  const namespaced = parsed.flags.values.namespaced;
  const group = parsed.flags.values["api-group"];
  const rows = resourceTypes(scope.value.state)
    .filter((type) => namespaced === undefined || String(type.namespaced) === namespaced)
    .filter((type) => group === undefined || type.group === group)
    .sort((a, b) => (a.group === b.group ? (a.plural < b.plural ? -1 : 1) : a.group < b.group ? -1 : 1))
    .map((type) => [type.plural, type.shortNames.join(","), apiVersionOf(type), String(type.namespaced), type.kind]);
  return succeed(ctx.world, tabwrite([["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"], ...rows], KUBECTL_GET));
}
