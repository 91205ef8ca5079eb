// `kubectl get events` / `kubectl events`: the simulation's timeline for one namespace (or all
// with -A), oldest first, in kubectl's columns. The timeline names objects "Kind/namespace/name";
// the GitOps controllers name their own objects "Kind/name", which live in the argocd and
// flux-system namespaces.
import { ARGOCD_NAMESPACE } from "@/lib/reconciler/argocd/destination";
import { FLUX_NAMESPACE } from "@/lib/reconciler/flux/flux-specs";
import type { SimEvent } from "@/lib/reconciler/world/world-state";
import { KUBECTL_GET, tabwrite } from "./format-table";
import { humanDuration } from "./format-time";
import { commandHelp } from "./help-text";
import { kubectlError, namespaceClause, parseKubectlFlags, resolveScope } from "./kubectl-scope";
import { flagBool } from "./parse-flags";
import { succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

const CONTROLLER_NAMESPACES: Record<string, string> = { Application: ARGOCD_NAMESPACE, ApplicationSet: ARGOCD_NAMESPACE, Kustomization: FLUX_NAMESPACE, GitRepository: FLUX_NAMESPACE };

function placeOf(event: SimEvent): { namespace: string; object: string } {
  const [kind, ...rest] = event.object.split("/");
  const name = rest.at(-1) ?? "";
  const namespace = rest.length > 1 ? rest[0] : (CONTROLLER_NAMESPACES[kind] ?? "");
  return { namespace, object: `${kind.toLowerCase()}/${name}` };
}

export function kubectlEvents(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const { world } = ctx;
  const parsed = parseKubectlFlags(world, "events", args, [{ name: "all-namespaces", short: "A", type: "bool" }, { name: "watch", short: "w", type: "bool" }]);
  if (!parsed.ok) return parsed.outcome;
  if (flagBool(parsed.flags, "help")) return succeed(world, commandHelp("kubectl events"));
  const scope = resolveScope(world, parsed.flags);
  if (!scope.ok) return kubectlError(world, scope.message);
  const all = flagBool(parsed.flags, "all-namespaces") === true;
  const rows = world.events
    .filter((event) => event.cluster === scope.value.cluster)
    .map((event) => ({ event, ...placeOf(event) }))
    .filter((entry) => all || entry.namespace === scope.value.namespace)
    .map(({ event, namespace, object }) => [...(all ? [namespace] : []), humanDuration(world.now - event.time), event.type, event.reason, object, event.message.split("\n")[0]]);
  if (rows.length === 0) return succeed(world, `No events found${all ? "" : namespaceClause(scope.value.namespace)}.`);
  return succeed(world, tabwrite([[...(all ? ["NAMESPACE"] : []), "LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"], ...rows], KUBECTL_GET));
}
