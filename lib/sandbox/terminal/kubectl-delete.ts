// `kubectl delete TYPE NAME…`, `TYPE/NAME…`, `TYPE -l k=v`, `TYPE --all` or `-f PATH`: deletes
// through lib/kube's deleteObject (owned objects go too, unless --cascade=orphan) and logs it on
// the timeline. Deleting a Namespace deletes everything in it, as Kubernetes does.
import { deleteObject } from "@/lib/kube/delete-object";
import { listObjects } from "@/lib/kube/list-objects";
import { groupOf } from "@/lib/kube/object-key";
import type { KubeObject } from "@/lib/kube/types";
import { withEvent, type WorldState } from "@/lib/reconciler/world/world-state";
import { commandHelp } from "./help-text";
import { findLive, kubectlError, notFound, parseKubectlFlags, parseSelections, resolveScope, type KubectlScope } from "./kubectl-scope";
import { flagBool, flagString, flagStrings, type ParsedFlags } from "./parse-flags";
import { parseLabelSelector } from "./parse-label-selector";
import { typeOfObject, type ResourceType } from "./resource-kinds";
import { readManifests } from "./read-manifest-files";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

export const DELETE_MANAGER = "kubectl";

type Policy = "Background" | "Foreground" | "Orphan";

function removeObject(world: WorldState, cluster: string, object: KubeObject, policy: Policy): WorldState {
  const key = { group: groupOf(object.apiVersion), kind: object.kind, namespace: object.metadata.namespace ?? "", name: object.metadata.name };
  const result = deleteObject(world.clusters[cluster], key, { fieldManager: DELETE_MANAGER, propagationPolicy: policy });
  if (!result.ok) return world;
  const next = { ...world, clusters: { ...world.clusters, [cluster]: result.state } };
  const id = `${object.kind}/${key.namespace ? `${key.namespace}/` : ""}${key.name}`;
  return withEvent(next, { source: DELETE_MANAGER, cluster, object: id, type: "Normal", reason: "Deleted", message: `${object.kind.toLowerCase()}/${key.name} deleted` });
}

/** Deletes the object (and, for a Namespace, what it contains); the line kubectl prints. */
function deleteOne(world: WorldState, cluster: string, type: ResourceType, object: KubeObject, policy: Policy): { world: WorldState; line: string } {
  let next = world;
  if (object.kind === "Namespace" && groupOf(object.apiVersion) === "") {
    for (const inside of listObjects(next.clusters[cluster], { namespace: object.metadata.name })) {
      const current = next.clusters[cluster].objects[`${groupOf(inside.apiVersion)}/${inside.kind}/${object.metadata.name}/${inside.metadata.name}`];
      if (current) next = removeObject(next, cluster, current, "Background");
    }
  }
  next = removeObject(next, cluster, object, policy);
  return { world: next, line: `${type.kind.toLowerCase()}${type.group ? `.${type.group}` : ""} "${object.metadata.name}" deleted` };
}

function cascadePolicy(flags: ParsedFlags): Policy | undefined {
  const cascade = flagString(flags, "cascade") ?? "background";
  const policies: Record<string, Policy> = { background: "Background", true: "Background", foreground: "Foreground", orphan: "Orphan", false: "Orphan" };
  return policies[cascade];
}

interface Doomed {
  type: ResourceType;
  object: KubeObject;
}

async function fromFiles(ctx: TerminalContext, scope: KubectlScope, flags: ParsedFlags): Promise<{ ok: true; doomed: Doomed[]; errors: string[] } | { ok: false; message: string }> {
  const repo = ctx.repositories[ctx.activeRepo];
  if (!repo) return { ok: false, message: "there is no working tree to read manifests from" };
  const read = await readManifests(repo, flagStrings(flags, "filename"), flagBool(flags, "recursive") === true);
  if (!read.ok) return read;
  const doomed: Doomed[] = [];
  const errors = [...read.errors];
  for (const { manifest, file } of read.documents) {
    const metadata = (manifest.metadata ?? {}) as { name?: string; namespace?: string };
    const type = typeOfObject(scope.state, String(manifest.apiVersion ?? ""), String(manifest.kind ?? ""));
    const object = findLive(scope, type, String(metadata.name ?? ""), metadata.namespace ?? scope.namespace);
    if (object) doomed.push({ type, object });
    else if (flagBool(flags, "ignore-not-found") !== true) errors.push(notFound(type, String(metadata.name ?? "")).replace("(NotFound): ", `(NotFound): error when deleting "${file}": `));
  }
  return { ok: true, doomed, errors };
}

function fromArgs(scope: KubectlScope, flags: ParsedFlags): { ok: true; doomed: Doomed[]; errors: string[] } | { ok: false; message: string } {
  const selections = parseSelections(scope.state, flags.positional);
  if (!selections.ok) return selections;
  if (selections.value.length === 0) return { ok: false, message: `You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'` };
  const selectorText = flagString(flags, "selector");
  const selector = selectorText === undefined ? undefined : parseLabelSelector(selectorText);
  if (selector && !selector.ok) return selector;
  const all = flagBool(flags, "all") === true || selector !== undefined;
  const doomed: Doomed[] = [];
  const errors: string[] = [];
  for (const { type, names } of selections.value) {
    if (names.length === 0) {
      if (!all) return { ok: false, message: `resource(s) were provided, but no name was specified` };
      const namespace = type.namespaced && !flagBool(flags, "all-namespaces") ? scope.namespace : undefined;
      doomed.push(...listObjects(scope.state, { group: type.group, kind: type.kind, namespace, labelSelector: selector?.ok ? selector.selector : undefined }).map((object) => ({ type, object })));
      continue;
    }
    for (const name of names) {
      const object = findLive(scope, type, name);
      if (object) doomed.push({ type, object });
      else if (flagBool(flags, "ignore-not-found") !== true) errors.push(notFound(type, name));
    }
  }
  return { ok: true, doomed, errors };
}

export async function kubectlDelete(ctx: TerminalContext, args: readonly string[]): Promise<TerminalOutcome> {
  const parsed = parseKubectlFlags(ctx.world, "delete", args, [
    { name: "filename", short: "f", type: "strings" },
    { name: "recursive", short: "R", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "all", type: "bool" },
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "ignore-not-found", type: "bool" },
    { name: "cascade", type: "string" },
    { name: "wait", type: "bool" },
    { name: "force", type: "bool" },
    { name: "grace-period", type: "string" },
    { name: "now", type: "bool" },
  ]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("kubectl delete"));
  const scope = resolveScope(ctx.world, flags);
  if (!scope.ok) return kubectlError(ctx.world, scope.message);
  const policy = cascadePolicy(flags);
  if (!policy) return kubectlError(ctx.world, `invalid cascade value (${flagString(flags, "cascade")}). Must be "background", "foreground", or "orphan".`);
  const found = flagStrings(flags, "filename").length > 0 ? await fromFiles(ctx, scope.value, flags) : fromArgs(scope.value, flags);
  if (!found.ok) return kubectlError(ctx.world, found.message);
  if (found.doomed.length === 0 && found.errors.length === 0) return succeed(ctx.world, "No resources found");
  let world = ctx.world;
  const lines: string[] = [];
  for (const { type, object } of found.doomed) {
    const done = deleteOne(world, scope.value.cluster, type, object, policy);
    world = done.world;
    lines.push(done.line);
  }
  const output = [...lines, ...found.errors].join("\n");
  return found.errors.length > 0 ? fail(world, output) : succeed(world, output);
}
