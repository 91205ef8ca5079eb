// Tab completion for the terminal: the tool, its subcommands, resource types, object names of
// the type being typed (in the -n namespace, or any), Argo CD application names, Flux object
// names, flag values (-n, --context, -o) and working-tree paths after -f. Candidates replace
// the word being typed; a folder ends with "/" so completion can go on into it.
import { listObjects } from "@/lib/kube/list-objects";
import { ARGOCD_NAMESPACE } from "@/lib/reconciler/argocd/destination";
import { FLUX_NAMESPACE } from "@/lib/reconciler/flux/flux-specs";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import { ARGOCD_APP_COMMANDS } from "./argocd";
import { FLUX_COMMANDS } from "./flux";
import { GIT_REPOSITORY, KUSTOMIZATION, readKind } from "./flux-kinds";
import { namespacesOf } from "./implicit-namespaces";
import { KUBECTL_COMMANDS } from "./kubectl";
import { tokenizeLine } from "./parse-command-line";
import { findResourceType, resourceTypes } from "./resource-kinds";
import { TOOLS } from "./run-terminal-line";

export interface Completion {
  items: string[];
  replaceFrom: number;
}

// Flags whose value is the next word, so that word is not a positional argument.
const VALUED_FLAGS = new Set([
  "-n", "--namespace", "--context", "-o", "--output", "-l", "--selector", "-f", "--filename", "-k", "--kustomize", "-p", "--patch", "--type",
  "--replicas", "--current-replicas", "--to-revision", "--cascade", "--dry-run", "--grace-period", "--timeout", "--project", "--resource", "--sync-policy",
]);

const NAMED_KUBECTL = new Set(["get", "describe", "delete", "edit", "label", "annotate", "patch", "scale"]);
const APP_NAME_COMMANDS = new Set(["get", "sync", "diff", "history", "rollback", "set"]);

interface Parsed {
  positional: string[];
  flags: Map<string, string>;
}

/** Positional words and flag values among the words before the one being completed. */
function parseWords(words: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word.startsWith("-") && word.includes("=")) flags.set(word.slice(0, word.indexOf("=")), word.slice(word.indexOf("=") + 1));
    else if (VALUED_FLAGS.has(word)) flags.set(word, words[++index] ?? "");
    else if (word.startsWith("-")) flags.set(word, "true");
    else positional.push(word);
  }
  return { positional, flags };
}

const uniqueSorted = (items: Iterable<string>) => [...new Set(items)].sort();

const namespaceNames = (cluster: ClusterState) => namespacesOf(cluster).map((ns) => ns.metadata.name);

/** `kubectl` words: subcommand, types, names (`TYPE/NAME` too), flag values and paths. */
function kubectlCandidates(world: WorldState, before: Parsed, previous: string | undefined, current: string, files: readonly string[]): string[] {
  const cluster = world.clusters[before.flags.get("--context") ?? HUB_CLUSTER] ?? world.clusters[HUB_CLUSTER];
  if (previous === "-n" || previous === "--namespace") return namespaceNames(cluster);
  if (previous === "--context") return Object.keys(world.clusters).sort();
  if (previous === "-o" || previous === "--output") return ["json", "jsonpath=", "name", "wide", "yaml"];
  if (previous === "-f" || previous === "--filename" || previous === "-k" || previous === "--kustomize") return pathCandidates(files, current);
  const [command, ...args] = before.positional;
  if (command === undefined) return KUBECTL_COMMANDS;
  if (command === "config") return args.length === 0 ? ["current-context", "get-contexts", "use-context"] : Object.keys(world.clusters).sort();
  const rest = command === "rollout" || command === "set" ? args.slice(1) : args;
  if (command === "rollout" && args.length === 0) return ["history", "pause", "restart", "resume", "status", "undo"];
  if (command === "set" && args.length === 0) return ["image"];
  if (!NAMED_KUBECTL.has(command) && command !== "rollout" && command !== "set") return [];
  const namespace = before.flags.get("-n") ?? before.flags.get("--namespace");
  const namesOf = (word: string) => {
    const type = findResourceType(cluster, word);
    if (!type) return [];
    return uniqueSorted(listObjects(cluster, { group: type.group, kind: type.kind, namespace: type.namespaced && namespace ? namespace : undefined }).map((object) => object.metadata.name));
  };
  if (current.includes("/")) {
    const word = current.slice(0, current.indexOf("/"));
    return namesOf(word).map((name) => `${word}/${name}`);
  }
  if (rest.length === 0) return uniqueSorted([...resourceTypes(cluster).map((type) => type.plural), ...(command === "get" ? ["all"] : [])]);
  if (rest[0].includes("/")) return [];
  return namesOf(rest[0].split(",")[0]);
}

function argocdCandidates(world: WorldState, before: Parsed, previous: string | undefined): string[] {
  if (previous === "--sync-policy") return ["automated", "none"];
  if (previous === "-o" || previous === "--output") return ["json", "name", "wide", "yaml"];
  const [group, command, ...args] = before.positional;
  if (group === undefined) return ["app"];
  if (group !== "app") return [];
  if (command === undefined) return ARGOCD_APP_COMMANDS;
  if (!APP_NAME_COMMANDS.has(command) || args.length > 0) return [];
  return listObjects(world.clusters[HUB_CLUSTER], { group: "argoproj.io", kind: "Application", namespace: ARGOCD_NAMESPACE }).map((app) => app.metadata.name);
}

function fluxCandidates(world: WorldState, before: Parsed, previous: string | undefined): string[] {
  if (previous === "-n" || previous === "--namespace") return namespaceNames(world.clusters[HUB_CLUSTER]);
  const [command, ...args] = before.positional;
  if (command === undefined) return FLUX_COMMANDS;
  if (args.length === 0) return command === "get" ? ["all", "kustomizations", "sources"] : ["kustomization", "source"];
  if ((args[0] === "source" || args[0] === "sources") && args.length === 1) return ["git"];
  const selected = readKind(args);
  if (!selected || "unknown" in selected || selected.rest.length > 0) return [];
  const namespace = before.flags.get("-n") ?? before.flags.get("--namespace") ?? FLUX_NAMESPACE;
  const kind = selected.kind === KUSTOMIZATION ? KUSTOMIZATION : GIT_REPOSITORY;
  return listObjects(world.clusters[HUB_CLUSTER], { group: kind.group, kind: kind.kind, namespace }).map((object) => object.metadata.name);
}

/** Paths one level at a time: `apps/` before `apps/web/deployment.yaml`. */
function pathCandidates(files: readonly string[], current: string): string[] {
  const prefix = current.replace(/^\.\//, "");
  const lead = current.startsWith("./") ? "./" : "";
  return uniqueSorted(
    files
      .filter((file) => file.startsWith(prefix))
      .map((file) => {
        const slash = file.indexOf("/", prefix.length);
        return `${lead}${slash < 0 ? file : file.slice(0, slash + 1)}`;
      }),
  );
}

/**
 * @example completeTerminalLine(world, "kubectl get dep", []) // { items: ["deployments"], replaceFrom: 12 }
 */
export function completeTerminalLine(world: WorldState, line: string, files: readonly string[]): Completion {
  try {
    const tokens = tokenizeLine(line);
    const endsWithBlank = !tokens.unterminated && (line.length === 0 || /[ \t]$/.test(line));
    const words = tokens.words.map((word) => word.text);
    const current = endsWithBlank ? "" : (words.at(-1) ?? "");
    const replaceFrom = endsWithBlank ? line.length : (tokens.words.at(-1)?.start ?? line.length);
    const before = endsWithBlank ? words : words.slice(0, -1);
    const [tool, ...rest] = before;
    const parsed = parseWords(rest);
    const previous = rest.at(-1);
    let candidates: string[];
    if (tool === undefined) candidates = TOOLS;
    else if (tool === "kubectl") candidates = kubectlCandidates(world, parsed, previous, current, files);
    else if (tool === "argocd") candidates = argocdCandidates(world, parsed, previous);
    else if (tool === "flux") candidates = fluxCandidates(world, parsed, previous);
    else if (tool === "help" && rest.length === 0) candidates = ["argocd", "flux", "kubectl"];
    else candidates = [];
    return { items: uniqueSorted(candidates.filter((item) => item.startsWith(current))), replaceFrom };
  } catch {
    return { items: [], replaceFrom: line.length };
  }
}
