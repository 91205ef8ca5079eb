// `kubectl edit TYPE NAME` opens the live object (without managedFields, as kubectl shows it)
// in the sandbox's editor; saving the buffer comes back through applyLiveEdit, which writes it
// under the field manager kubectl-edit — or explains, with line and column, why it cannot.
import { parseAllDocuments } from "yaml";
import { canonicalJson } from "@/lib/kube/canonical-json";
import { getObject } from "@/lib/kube/get-object";
import { userContent } from "@/lib/kube/store/write-object";
import type { KubeObject } from "@/lib/kube/types";
import type { WorldState } from "@/lib/reconciler/world/world-state";
import { changeLive } from "./change-live";
import { toYaml, withoutManagedFields } from "./format-object";
import { commandHelp } from "./help-text";
import { keyFor, kubectlError, notFound, parseKubectlFlags, parseSelections, resolveScope, resolveTargets, serverError } from "./kubectl-scope";
import { flagBool } from "./parse-flags";
import { objectName, typeOfObject } from "./resource-kinds";
import { succeed, type LiveObjectRef, type TerminalContext, type TerminalOutcome } from "./terminal-types";

export const EDIT_MANAGER = "kubectl-edit";

export function kubectlEdit(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const parsed = parseKubectlFlags(ctx.world, "edit", args, []);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("kubectl edit"));
  const scope = resolveScope(ctx.world, flags);
  if (!scope.ok) return kubectlError(ctx.world, scope.message);
  const selections = parseSelections(scope.value.state, flags.positional);
  if (!selections.ok) return kubectlError(ctx.world, selections.message);
  const names = selections.value.flatMap((selection) => selection.names);
  if (names.length !== 1) return kubectlError(ctx.world, names.length === 0 ? "resource(s) were provided, but no name was specified" : "this terminal edits one object at a time");
  const { targets, errors } = resolveTargets(scope.value, selections.value);
  if (targets.length === 0) return { ok: false, world: ctx.world, output: errors.join("\n") };
  const { type, object } = targets[0];
  const ref: LiveObjectRef = { group: type.group, kind: type.kind, ...(type.namespaced ? { namespace: object.metadata.namespace } : {}), name: object.metadata.name };
  return {
    ok: true,
    world: ctx.world,
    output: `Opening ${type.kind.toLowerCase()}/${object.metadata.name} in the editor…`,
    openLive: { cluster: scope.value.cluster, object: ref, yaml: toYaml(withoutManagedFields(object)) },
  };
}

type EditResult = { ok: boolean; world: WorldState; message: string };

function parseEdited(yaml: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const documents = parseAllDocuments(yaml);
  const list = Array.isArray(documents) ? documents : [documents];
  for (const document of list) {
    const error = document.errors[0];
    if (error) {
      const { line, col } = error.linePos?.[0] ?? { line: 1, col: 1 };
      const reason = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      return { ok: false, message: `error: yaml: line ${line}, column ${col}: ${reason}` };
    }
  }
  const values = list.map((document) => document.toJS({ maxAliasCount: 100 }) as unknown).filter((value) => value !== null && value !== undefined);
  if (values.length === 0) return { ok: true, value: undefined };
  if (values.length > 1) return { ok: false, message: "error: the edited file holds several documents: keep the one object" };
  return { ok: true, value: values[0] };
}

const sameIdentity = (live: KubeObject, edited: Partial<KubeObject>) =>
  edited.apiVersion === live.apiVersion && edited.kind === live.kind && edited.metadata?.name === live.metadata.name && (edited.metadata?.namespace ?? live.metadata.namespace) === live.metadata.namespace;

/**
 * Saving a `kubectl edit` buffer.
 * @example applyLiveEdit(world, "in-cluster", { group: "apps", kind: "Deployment", namespace: "shop", name: "web" }, yaml)
 *          // { ok: true, world, message: "deployment.apps/web edited" }
 */
export function applyLiveEdit(world: WorldState, cluster: string, object: LiveObjectRef, yaml: string): EditResult {
  try {
    const state = world.clusters[cluster];
    if (!state) return { ok: false, world, message: `error: context "${cluster}" does not exist` };
    const key = { group: object.group, kind: object.kind, namespace: object.namespace ?? "", name: object.name };
    const live = getObject(state, key);
    const type = typeOfObject(state, live?.apiVersion ?? (object.group ? `${object.group}/v1` : "v1"), object.kind);
    if (!live) return { ok: false, world, message: notFound(type, object.name) };
    const parsed = parseEdited(yaml);
    if (!parsed.ok) return { ok: false, world, message: parsed.message };
    if (parsed.value === undefined) return { ok: true, world, message: "Edit cancelled, saved file was empty." };
    if (typeof parsed.value !== "object" || Array.isArray(parsed.value)) return { ok: false, world, message: "error: the edited file must hold one object (a YAML mapping)" };
    const edited = parsed.value as KubeObject;
    if (!sameIdentity(live, edited)) return { ok: false, world, message: "error: At least one of apiVersion, kind and name was changed" };
    const next: KubeObject = { ...edited, metadata: { ...edited.metadata, namespace: live.metadata.namespace } };
    // Compare what a person can change: status and server-owned metadata may have moved on meanwhile.
    if (canonicalJson(userContent(live)) === canonicalJson(userContent(next))) return { ok: true, world, message: "Edit cancelled, no changes made." };
    const written = changeLive(world, cluster, keyFor(type, key.namespace, key.name), () => next, EDIT_MANAGER);
    if (!written.ok) return { ok: false, world, message: `error: ${serverError(written.message)}` };
    return { ok: true, world: written.world, message: written.changed ? `${objectName(type, key.name)} edited` : "Edit cancelled, no changes made." };
  } catch (error) {
    return { ok: false, world, message: `error: ${(error as Error).message}` };
  }
}
