// `flux get kustomizations|sources git|all [NAME]`: NAME REVISION SUSPENDED READY MESSAGE
// (cmd/flux get*.go), from the objects' status; without a Ready condition an object is
// "False / waiting to be reconciled", as flux prints it.
import { listObjects } from "@/lib/kube/list-objects";
import type { KubeObject } from "@/lib/kube/types";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { list, plain } from "./column-cells";
import { fluxTable } from "./format-table";
import { GIT_REPOSITORY, KUSTOMIZATION, parseFluxFlags, readKind, fluxFailure, type FluxKind } from "./flux-kinds";
import { commandHelp } from "./help-text";
import { flagBool } from "./parse-flags";
import { succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

function revisionOf(object: KubeObject, kind: FluxKind): string {
  const status = plain(object.status);
  return String((kind === KUSTOMIZATION ? status.lastAppliedRevision : plain(status.artifact).revision) ?? "");
}

function row(object: KubeObject, kind: FluxKind, withNamespace: boolean, withKind: boolean): string[] {
  const ready = plain(list(plain(object.status).conditions).map(plain).find((condition) => condition.type === "Ready"));
  const [status, message] = ready.status === undefined ? ["False", "waiting to be reconciled"] : [String(ready.status), String(ready.message ?? "")];
  const name = withKind ? `${kind.kind.toLowerCase()}/${object.metadata.name}` : object.metadata.name;
  return [...(withNamespace ? [object.metadata.namespace ?? ""] : []), name, revisionOf(object, kind), plain(object.spec).suspend === true ? "True" : "False", status, message];
}

function objectsOf(ctx: TerminalContext, kind: FluxKind, namespace: string | undefined, name: string | undefined): KubeObject[] {
  return listObjects(ctx.world.clusters[HUB_CLUSTER], { group: kind.group, kind: kind.kind, namespace }).filter((object) => name === undefined || object.metadata.name === name);
}

function table(objects: readonly KubeObject[], kind: FluxKind, allNamespaces: boolean, withKind: boolean, header: boolean): string {
  const rows = objects.map((object) => row(object, kind, allNamespaces, withKind));
  const headers = [...(allNamespaces ? ["Namespace"] : []), "Name", "Revision", "Suspended", "Ready", "Message"];
  const text = fluxTable(headers, rows);
  return header ? text : text.split("\n").slice(1).join("\n");
}

export function fluxGet(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const { world } = ctx;
  const parsed = parseFluxFlags(world, args, [{ name: "no-header", type: "bool" }, { name: "watch", short: "w", type: "bool" }]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(world, commandHelp("flux get"));
  const allNamespaces = flagBool(flags, "all-namespaces") === true;
  const namespace = allNamespaces ? undefined : parsed.namespace;
  const where = allNamespaces ? "any" : `"${parsed.namespace}"`;
  const header = flagBool(flags, "no-header") !== true;
  if (flags.positional[0] === "all") {
    const tables = [GIT_REPOSITORY, KUSTOMIZATION]
      .map((kind) => ({ kind, objects: objectsOf(ctx, kind, namespace, flags.positional[1]) }))
      .filter((entry) => entry.objects.length > 0)
      .map((entry) => `${table(entry.objects, entry.kind, allNamespaces, true, header)}\n`);
    return succeed(world, tables.join("\n").replace(/\n$/, ""));
  }
  const selected = readKind(flags.positional);
  if (!selected) return succeed(world, commandHelp("flux get"));
  if ("unknown" in selected) return fluxFailure(world, `unknown command "${selected.unknown}" for "flux get${selected.prefix ? ` ${selected.prefix}` : ""}"`);
  const [name] = selected.rest;
  const objects = objectsOf(ctx, selected.kind, namespace, name);
  if (objects.length === 0) {
    return succeed(world, name === undefined ? `✗ no ${selected.kind.kind} objects found in ${where} namespace` : `✗ ${selected.kind.kind} object '${name}' not found in ${where} namespace`);
  }
  return succeed(world, table(objects, selected.kind, allNamespaces, false, header));
}
