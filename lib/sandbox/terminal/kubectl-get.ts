// `kubectl get`: tables with the real columns (-o wide adds some), -o yaml|json|name|jsonpath,
// -n / -A / -l / --show-labels, several types at once ("deploy,svc") and `get all`.
import { matchesSelector, type LabelSelector } from "@/lib/kube/label-selector";
import { listObjects } from "@/lib/kube/list-objects";
import type { KubeObject } from "@/lib/kube/types";
import { labelString } from "./column-cells";
import { columnsFor } from "./get-columns";
import { KUBECTL_GET, tabwrite } from "./format-table";
import { asList, toJson, toYaml, withoutManagedFields } from "./format-object";
import { commandHelp } from "./help-text";
import { kubectlEvents } from "./kubectl-events";
import { namespacesOf } from "./implicit-namespaces";
import { renderJsonPath } from "./jsonpath-output";
import { findLive, kubectlError, namespaceClause, notFound, parseKubectlFlags, parseSelections, resolveScope, type KubectlScope, type Selection } from "./kubectl-scope";
import { flagBool, flagString, type FlagSpec } from "./parse-flags";
import { parseLabelSelector } from "./parse-label-selector";
import { findResourceType, objectName } from "./resource-kinds";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

const GET_FLAGS: FlagSpec[] = [
  { name: "output", short: "o", type: "string" },
  { name: "all-namespaces", short: "A", type: "bool" },
  { name: "selector", short: "l", type: "string" },
  { name: "show-labels", type: "bool" },
  { name: "show-managed-fields", type: "bool" },
  { name: "no-headers", type: "bool" },
  // A watch would block the terminal; the current state is printed once instead.
  { name: "watch", short: "w", type: "bool" },
];

// kubectl's "all" category.
const ALL_CATEGORY = ["pods", "services", "daemonsets", "deployments", "replicasets", "statefulsets", "horizontalpodautoscalers", "cronjobs", "jobs"];

const OUTPUT_FORMATS = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";

interface Found {
  selection: Selection;
  objects: KubeObject[];
}

interface TableOptions {
  wide: boolean;
  allNamespaces: boolean;
  prefixNames: boolean;
  showLabels: boolean;
  headers: boolean;
}

function collect(scope: KubectlScope, selections: readonly Selection[], allNamespaces: boolean, selector: LabelSelector | undefined): { found: Found[]; errors: string[] } {
  const errors: string[] = [];
  const found = selections.map((selection) => {
    const { type } = selection;
    const implied = type.group === "" && type.kind === "Namespace";
    if (selection.names.length > 0) {
      const objects = selection.names.flatMap((name) => {
        const live = implied ? namespacesOf(scope.state).find((ns) => ns.metadata.name === name) : findLive(scope, type, name);
        if (!live) errors.push(notFound(type, name));
        return live ? [live] : [];
      });
      return { selection, objects };
    }
    if (implied) return { selection, objects: namespacesOf(scope.state).filter((ns) => matchesSelector(selector, ns.metadata.labels)) };
    const namespace = type.namespaced && !allNamespaces ? scope.namespace : undefined;
    return { selection, objects: listObjects(scope.state, { group: type.group, kind: type.kind, namespace, labelSelector: selector }) };
  });
  return { found, errors };
}

function table(found: Found, scope: KubectlScope, now: number, options: TableOptions): string {
  const { type } = found.selection;
  const columns = columnsFor(type);
  const withNamespace = options.allNamespaces && type.namespaced;
  const wide = options.wide && columns.wideHeaders !== undefined;
  const context = { now, cluster: scope.state };
  const header = [...(withNamespace ? ["NAMESPACE"] : []), "NAME", ...columns.headers, ...(wide ? columns.wideHeaders! : []), ...(options.showLabels ? ["LABELS"] : [])];
  const rows = found.objects.map((object) => [
    ...(withNamespace ? [object.metadata.namespace ?? ""] : []),
    options.prefixNames ? objectName(type, object.metadata.name) : object.metadata.name,
    ...columns.cells(object, context),
    ...(wide ? columns.wideCells!(object, context) : []),
    ...(options.showLabels ? [labelString(object.metadata.labels) || "<none>"] : []),
  ]);
  return tabwrite(options.headers ? [header, ...rows] : rows, KUBECTL_GET);
}

function selectionsFor(scope: KubectlScope, positional: readonly string[]) {
  if (positional[0] === "all" && positional.length === 1) {
    const types = ALL_CATEGORY.map((word) => findResourceType(scope.state, word)).filter((type) => type !== undefined);
    return { ok: true as const, value: types.map((type) => ({ type, word: type.plural, names: [] })), all: true };
  }
  return { ...parseSelections(scope.state, positional), all: false };
}

function printObjects(objects: readonly KubeObject[], single: boolean, output: string, showManagedFields: boolean): { ok: boolean; text: string } {
  const shown = showManagedFields ? objects : objects.map(withoutManagedFields);
  const value = single ? shown[0] : asList(shown);
  if (output === "yaml") return { ok: true, text: toYaml(value) };
  if (output === "json") return { ok: true, text: toJson(value) };
  const rendered = renderJsonPath(output.slice(output.indexOf("=") + 1), value);
  return rendered.ok ? { ok: true, text: rendered.text } : { ok: false, text: `error: ${rendered.message}` };
}

const RESOURCE_REQUIRED = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples`;

/** @example kubectlGet(ctx, ["deploy", "-n", "shop"]) // "NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    3/3     3            3           2m" */
export function kubectlGet(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const { world } = ctx;
  const parsed = parseKubectlFlags(world, "get", args, GET_FLAGS);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(world, commandHelp("kubectl get"));
  // Events are the simulation's timeline, not stored objects.
  if (["events", "event", "ev"].includes(flags.positional[0] ?? "")) {
    const at = args.indexOf(flags.positional[0]);
    return kubectlEvents(ctx, [...args.slice(0, at), ...args.slice(at + 1)]);
  }
  const scope = resolveScope(world, flags);
  if (!scope.ok) return kubectlError(world, scope.message);
  if (flags.positional.length === 0) return fail(world, RESOURCE_REQUIRED);
  const output = flagString(flags, "output") ?? "";
  if (!["", "wide", "yaml", "json", "name"].includes(output) && !/^jsonpath=/.test(output)) {
    return kubectlError(world, `unable to match a printer suitable for the output format "${output}", allowed formats are: ${OUTPUT_FORMATS}`);
  }
  const selector = flagString(flags, "selector");
  const parsedSelector = selector === undefined ? undefined : parseLabelSelector(selector);
  if (parsedSelector && !parsedSelector.ok) return kubectlError(world, parsedSelector.message);
  const selections = selectionsFor(scope.value, flags.positional);
  if (!selections.ok) return kubectlError(world, selections.message);
  const allNamespaces = flagBool(flags, "all-namespaces") === true;
  const { found, errors } = collect(scope.value, selections.value, allNamespaces, parsedSelector?.selector);
  const objects = found.flatMap((entry) => entry.objects);
  const errorText = errors.join("\n");
  const finish = (text: string, ok = errors.length === 0) => (ok ? succeed : fail)(world, [text, errorText].filter(Boolean).join("\n"));

  if (objects.length === 0) {
    if (errors.length > 0) return fail(world, errorText);
    const namespaced = selections.value.some((selection) => selection.type.namespaced);
    return succeed(world, `No resources found${namespaced && !allNamespaces ? namespaceClause(scope.value.namespace) : ""}.`);
  }
  if (output === "name") return finish(found.flatMap((entry) => entry.objects.map((object) => objectName(entry.selection.type, object.metadata.name))).join("\n"));
  if (output !== "" && output !== "wide") {
    const single = selections.value.length === 1 && selections.value[0].names.length === 1 && !selections.all;
    const printed = printObjects(objects, single, output, flagBool(flags, "show-managed-fields") === true);
    return finish(printed.text, printed.ok && errors.length === 0);
  }
  const options: TableOptions = {
    wide: output === "wide",
    allNamespaces,
    prefixNames: selections.all || selections.value.length > 1,
    showLabels: flagBool(flags, "show-labels") === true,
    headers: flagBool(flags, "no-headers") !== true,
  };
  const tables = found.filter((entry) => entry.objects.length > 0).map((entry) => table(entry, scope.value, world.now, options));
  return finish(tables.join("\n\n"));
}
