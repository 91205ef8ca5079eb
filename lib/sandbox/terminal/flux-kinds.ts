// The Flux objects the flux commands act on, how the CLI names them ("kustomization", "source
// git"), the words that select them, and Flux's logger symbols (✗ ► ✔ ◎).
import { FLUX_NAMESPACE } from "@/lib/reconciler/flux/flux-specs";
import { parseFlags, type FlagSpec, type ParsedFlags } from "./parse-flags";
import { fail, type TerminalOutcome } from "./terminal-types";
import type { WorldState } from "@/lib/reconciler/world/world-state";

export interface FluxKind {
  group: string;
  kind: string;
  /** How flux names it in messages: "kustomization", "source git". */
  human: string;
  plural: string;
}

export const KUSTOMIZATION: FluxKind = { group: "kustomize.toolkit.fluxcd.io", kind: "Kustomization", human: "kustomization", plural: "kustomizations" };
export const GIT_REPOSITORY: FluxKind = { group: "source.toolkit.fluxcd.io", kind: "GitRepository", human: "source git", plural: "gitrepositories" };

const KUSTOMIZATION_WORDS = ["kustomization", "kustomizations", "ks"];
const SOURCE_WORDS = ["source", "sources"];

/** `kustomization NAME…` or `source git NAME…` → the kind and the remaining arguments. */
export function readKind(args: readonly string[]): { kind: FluxKind; rest: string[] } | { unknown: string; prefix: string } | undefined {
  const [first, second, ...rest] = args;
  if (first === undefined) return undefined;
  if (KUSTOMIZATION_WORDS.includes(first)) return { kind: KUSTOMIZATION, rest: args.slice(1) };
  if (SOURCE_WORDS.includes(first)) {
    if (second === "git") return { kind: GIT_REPOSITORY, rest };
    return second === undefined ? undefined : { unknown: second, prefix: first };
  }
  return { unknown: first, prefix: "" };
}

export const FLUX_FLAGS: readonly FlagSpec[] = [
  { name: "namespace", short: "n", type: "string" },
  { name: "all-namespaces", short: "A", type: "bool" },
  { name: "context", type: "string" },
  { name: "help", short: "h", type: "bool" },
];

/** A failure as flux prints it: `✗ message`. */
export function fluxFailure(world: WorldState, message: string): TerminalOutcome {
  return fail(world, `✗ ${message}`);
}

export function parseFluxFlags(world: WorldState, args: readonly string[], specs: readonly FlagSpec[]): { ok: true; flags: ParsedFlags; namespace: string } | { ok: false; outcome: TerminalOutcome } {
  const parsed = parseFlags(args, [...FLUX_FLAGS, ...specs]);
  if (!parsed.ok) return { ok: false, outcome: fluxFailure(world, parsed.message) };
  const context = parsed.flags.values.context;
  if (typeof context === "string" && !world.clusters[context]) return { ok: false, outcome: fluxFailure(world, `context "${context}" does not exist`) };
  const namespace = typeof parsed.flags.values.namespace === "string" ? parsed.flags.values.namespace : FLUX_NAMESPACE;
  return { ok: true, flags: parsed.flags, namespace };
}
