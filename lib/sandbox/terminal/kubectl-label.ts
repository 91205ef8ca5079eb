// `kubectl label` and `kubectl annotate`: KEY=VALUE sets, KEY- removes. Without --overwrite,
// label refuses to change a label to a different value and annotate refuses to touch an
// existing annotation at all — each with kubectl's own message. Written under the field
// managers kubectl-label / kubectl-annotate.
import type { KubeObject } from "@/lib/kube/types";
import { changeLive } from "./change-live";
import { commandHelp } from "./help-text";
import { keyFor, kubectlError, parseKubectlFlags, parseSelections, resolveScope, resolveTargets, serverError } from "./kubectl-scope";
import { flagBool } from "./parse-flags";
import { objectName } from "./resource-kinds";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

type Field = "labels" | "annotations";

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

interface Changes {
  set: Record<string, string>;
  remove: string[];
}

function parseChanges(args: readonly string[], field: Field): { ok: true; changes: Changes } | { ok: false; message: string } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const arg of args) {
    if (arg.includes("=")) {
      const key = arg.slice(0, arg.indexOf("="));
      const value = arg.slice(arg.indexOf("=") + 1);
      if (!KEY.test(key)) return { ok: false, message: `invalid ${field === "labels" ? "label" : "annotation"} spec: ${arg}` };
      if (field === "labels" && (value.length > 63 || !LABEL_VALUE.test(value))) {
        return { ok: false, message: `invalid label value: "${arg}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')` };
      }
      set[key] = value;
    } else {
      remove.push(arg.slice(0, -1));
    }
  }
  return { ok: true, changes: { set, remove } };
}

function conflicts(object: KubeObject, field: Field, changes: Changes): string | undefined {
  const current = object.metadata[field] ?? {};
  const keys = Object.keys(changes.set).filter((key) => key in current && (field === "annotations" || current[key] !== changes.set[key]));
  if (keys.length === 0) return undefined;
  if (field === "labels") return keys.map((key) => `'${key}' already has a value (${current[key]}), and --overwrite is false`).join("\n");
  return `--overwrite is false but found the following declared annotation(s): ${keys.map((key) => `'${key}' already has a value (${current[key]})`).join("; ")}`;
}

function withChanges(object: KubeObject, field: Field, changes: Changes): KubeObject {
  const values: Record<string, string> = { ...(object.metadata[field] ?? {}), ...changes.set };
  for (const key of changes.remove) delete values[key];
  const metadata = { ...object.metadata, [field]: values };
  if (Object.keys(values).length === 0) delete metadata[field];
  return { ...object, metadata };
}

function runMetadataCommand(ctx: TerminalContext, args: readonly string[], field: Field): TerminalOutcome {
  const command = field === "labels" ? "label" : "annotate";
  const parsed = parseKubectlFlags(ctx.world, command, args, [{ name: "overwrite", type: "bool" }]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp(`kubectl ${command}`));
  const scope = resolveScope(ctx.world, flags);
  if (!scope.ok) return kubectlError(ctx.world, scope.message);
  const isChange = (arg: string) => arg.includes("=") || (arg.endsWith("-") && arg.length > 1);
  const changeArgs = flags.positional.filter(isChange);
  if (changeArgs.length === 0) return kubectlError(ctx.world, `at least one ${field === "labels" ? "label" : "annotation"} update is required`);
  const changes = parseChanges(changeArgs, field);
  if (!changes.ok) return kubectlError(ctx.world, changes.message);
  const selections = parseSelections(scope.value.state, flags.positional.filter((arg) => !isChange(arg)));
  if (!selections.ok) return kubectlError(ctx.world, selections.message);
  if (selections.value.length === 0 || selections.value.some((selection) => selection.names.length === 0)) return kubectlError(ctx.world, "resource(s) were provided, but no name was specified");
  const { targets, errors } = resolveTargets(scope.value, selections.value);
  const overwrite = flagBool(flags, "overwrite") === true;
  let world = ctx.world;
  const lines: string[] = [];
  for (const { type, object } of targets) {
    const conflict = overwrite ? undefined : conflicts(object, field, changes.changes);
    if (conflict) {
      errors.push(...conflict.split("\n").map((line) => `error: ${line}`));
      continue;
    }
    if (field === "labels") lines.push(...changes.changes.remove.filter((key) => !(key in (object.metadata.labels ?? {}))).map((key) => `label "${key}" not found.`));
    const written = changeLive(world, scope.value.cluster, keyFor(type, scope.value.namespace, object.metadata.name), (live) => withChanges(live, field, changes.changes), `kubectl-${command}`);
    if (!written.ok) {
      errors.push(serverError(written.message));
      continue;
    }
    world = written.world;
    const onlyRemoved = Object.keys(changes.changes.set).length === 0;
    const verb = field === "annotations" ? "annotated" : !written.changed ? "not labeled" : onlyRemoved && !overwrite ? "unlabeled" : "labeled";
    lines.push(`${objectName(type, object.metadata.name)} ${verb}`);
  }
  const output = [...lines, ...errors].join("\n");
  return errors.length > 0 ? fail(world, output) : succeed(world, output);
}

export const kubectlLabel = (ctx: TerminalContext, args: readonly string[]) => runMetadataCommand(ctx, args, "labels");
export const kubectlAnnotate = (ctx: TerminalContext, args: readonly string[]) => runMetadataCommand(ctx, args, "annotations");
