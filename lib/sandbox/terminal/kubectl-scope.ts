// What every kubectl command shares: the global flags (-n, --context), the cluster and
// namespace they select, reading "TYPE NAME", "TYPE/NAME" and "TYPE1,TYPE2" arguments, and
// kubectl's error wording.
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import type { KubeObject } from "@/lib/kube/types";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import { flagString, parseFlags, type FlagSpec, type ParsedFlags } from "./parse-flags";
import { findResourceType, qualifiedPlural, type ResourceType } from "./resource-kinds";
import { fail, type TerminalOutcome } from "./terminal-types";

export const KUBECTL_GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: "namespace", short: "n", type: "string" },
  { name: "context", type: "string" },
  { name: "help", short: "h", type: "bool" },
];

export interface KubectlScope {
  cluster: string;
  state: ClusterState;
  namespace: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** `error: <message>`, exit code 1. */
export function kubectlError(world: WorldState, message: string): TerminalOutcome {
  return fail(world, `error: ${message}`);
}

/** Flags for `kubectl <command>`, or kubectl's "unknown flag" answer. */
export function parseKubectlFlags(world: WorldState, command: string, args: readonly string[], specs: readonly FlagSpec[]): { ok: true; flags: ParsedFlags } | { ok: false; outcome: TerminalOutcome } {
  const parsed = parseFlags(args, [...KUBECTL_GLOBAL_FLAGS, ...specs]);
  if (parsed.ok) return parsed;
  return { ok: false, outcome: fail(world, `error: ${parsed.message}\nSee 'kubectl ${command} --help' for usage.`) };
}

/** The cluster (--context, default in-cluster) and namespace (-n, default "default"). */
export function resolveScope(world: WorldState, flags: ParsedFlags): Checked<KubectlScope> {
  const cluster = flagString(flags, "context") ?? HUB_CLUSTER;
  const state = world.clusters[cluster];
  if (!state) return { ok: false, message: `context "${cluster}" does not exist` };
  return { ok: true, value: { cluster, state, namespace: flagString(flags, "namespace") ?? "default" } };
}

/** kubectl's NotFound answer: `Error from server (NotFound): deployments.apps "web" not found`. */
export function notFound(type: ResourceType, name: string): string {
  return `Error from server (NotFound): ${qualifiedPlural(type)} "${name}" not found`;
}

export function unknownType(word: string): string {
  return `the server doesn't have a resource type "${word}"`;
}

/** The live object of `type` named `name` in the scope's namespace (cluster-scoped kinds ignore it). */
export function findLive(scope: KubectlScope, type: ResourceType, name: string, namespace = scope.namespace): KubeObject | undefined {
  return scope.state.objects[`${type.group}/${type.kind}/${type.namespaced ? namespace : ""}/${name}`];
}

export interface Selection {
  type: ResourceType;
  /** The typed word, for messages. */
  word: string;
  names: string[];
}

/**
 * Reads resource arguments the way kubectl does: `deploy web api`, `deploy/web svc/web`, or
 * `deploy,svc` (several types, no names).
 * @example parseSelections(cluster, ["deploy/web", "svc/web"]) // two selections, one name each
 */
export function parseSelections(cluster: ClusterState, args: readonly string[]): Checked<Selection[]> {
  if (args.length === 0) return { ok: true, value: [] };
  if (args.every((arg) => arg.includes("/"))) {
    const selections: Selection[] = [];
    for (const arg of args) {
      const [word, ...rest] = arg.split("/");
      const type = findResourceType(cluster, word);
      if (!type) return { ok: false, message: unknownType(word) };
      const name = rest.join("/");
      if (!name) return { ok: false, message: `arguments in resource/name form must have a single resource and name` };
      selections.push({ type, word, names: [name] });
    }
    return { ok: true, value: selections };
  }
  if (args.some((arg) => arg.includes("/"))) return { ok: false, message: `there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'` };
  const [typesWord, ...names] = args;
  const words = typesWord.split(",").filter(Boolean);
  if (words.length === 0) return { ok: false, message: unknownType(typesWord) };
  if (words.length > 1 && names.length > 0) return { ok: false, message: `you may only specify a single resource type` };
  const selections: Selection[] = [];
  for (const word of words) {
    const type = findResourceType(cluster, word);
    if (!type) return { ok: false, message: unknownType(word) };
    selections.push({ type, word, names });
  }
  return { ok: true, value: selections };
}

/** "in default namespace" / "" for messages like "No resources found in default namespace.". */
export function namespaceClause(namespace: string | undefined): string {
  return namespace ? ` in ${namespace} namespace` : "";
}

/** The store key of an object of `type` named `name` in `namespace` (cluster-scoped kinds have none). */
export function keyFor(type: ResourceType, namespace: string, name: string): { group: string; kind: string; namespace: string; name: string } {
  return { group: type.group, kind: type.kind, namespace: type.namespaced ? namespace : "", name };
}

/**
 * An API server refusal as kubectl prints it: validation errors read
 * `The Deployment "web" is invalid: …`, anything else `Error from server: …`.
 */
export function serverError(message: string): string {
  return /^[A-Z][A-Za-z]* "[^"]*" is invalid/.test(message) ? `The ${message}` : `Error from server: ${message}`;
}

export interface Target {
  type: ResourceType;
  object: KubeObject;
}

/** The live objects the selections name (every name must be given), and NotFound errors for the rest. */
export function resolveTargets(scope: KubectlScope, selections: readonly Selection[]): { targets: Target[]; errors: string[] } {
  const targets: Target[] = [];
  const errors: string[] = [];
  for (const selection of selections) {
    for (const name of selection.names) {
      const object = findLive(scope, selection.type, name);
      if (object) targets.push({ type: selection.type, object });
      else errors.push(notFound(selection.type, name));
    }
  }
  return { targets, errors };
}
