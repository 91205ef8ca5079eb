// What `help`, `kubectl help`, `argocd help`, `flux help` and `--help` print: the commands this
// terminal understands, one line each, and per command its usage and an example.
import { tabwrite, TWO_SPACES } from "./format-table";

interface HelpEntry {
  command: string;
  usage: string;
  summary: string;
  example: string;
}

const ENTRIES: HelpEntry[] = [
  { command: "kubectl get", usage: "kubectl get TYPE[,TYPE…] [NAME…] [-o wide|yaml|json|name|jsonpath=…] [-n NS | -A] [-l key=value]", summary: "List objects in a table, or print them as YAML/JSON", example: "kubectl get deploy,svc -n shop -o wide" },
  { command: "kubectl describe", usage: "kubectl describe TYPE NAME [-n NS]", summary: "Show one object in detail, with its recent events", example: "kubectl describe deployment web -n shop" },
  { command: "kubectl apply", usage: "kubectl apply -f PATH | -k DIR [-n NS]", summary: "Apply a file or folder of the working tree (client-side apply)", example: "kubectl apply -f apps/web/deployment.yaml" },
  { command: "kubectl scale", usage: "kubectl scale TYPE/NAME --replicas=COUNT [-n NS]", summary: "Set the replica count of a Deployment, ReplicaSet or StatefulSet", example: "kubectl scale deployment/web --replicas=5 -n shop" },
  { command: "kubectl set", usage: "kubectl set image TYPE/NAME CONTAINER=IMAGE… [-n NS]", summary: "Change container images", example: "kubectl set image deployment/web web=nginx:1.27 -n shop" },
  { command: "kubectl patch", usage: "kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json] [-n NS]", summary: "Change fields of a live object", example: `kubectl patch deploy web -n shop -p '{"spec":{"replicas":2}}'` },
  { command: "kubectl edit", usage: "kubectl edit TYPE NAME [-n NS]", summary: "Open a live object in the editor; saving writes it back", example: "kubectl edit deployment web -n shop" },
  { command: "kubectl label", usage: "kubectl label TYPE NAME KEY=VALUE… KEY-… [--overwrite] [-n NS]", summary: "Add, change (--overwrite) or remove (KEY-) labels", example: "kubectl label deploy web -n shop tier=frontend" },
  { command: "kubectl annotate", usage: "kubectl annotate TYPE NAME KEY=VALUE… KEY-… [--overwrite] [-n NS]", summary: "Add, change (--overwrite) or remove (KEY-) annotations", example: "kubectl annotate deploy web -n shop owner=team-a" },
  { command: "kubectl delete", usage: "kubectl delete TYPE NAME… | TYPE/NAME… | -f PATH [-n NS]", summary: "Delete objects (and what they own)", example: "kubectl delete pod -n shop web-5d9c7b6f4-abcde" },
  { command: "kubectl rollout", usage: "kubectl rollout status|history|undo|restart deployment/NAME [-n NS]", summary: "Follow, list, undo or restart a Deployment's rollouts", example: "kubectl rollout undo deployment/web -n shop" },
  { command: "kubectl events", usage: "kubectl events [-n NS | -A]  (or kubectl get events)", summary: "List recent events: who changed what, and what the controllers did", example: "kubectl events -n shop" },
  { command: "kubectl config", usage: "kubectl config get-contexts | current-context", summary: "List the clusters (contexts); pick one per command with --context", example: "kubectl get pods -A --context staging" },
  { command: "kubectl version", usage: "kubectl version", summary: "Print the client and server versions", example: "kubectl version" },
  { command: "kubectl api-resources", usage: "kubectl api-resources", summary: "List the resource types, with short names", example: "kubectl api-resources" },
  { command: "argocd app list", usage: "argocd app list [-o wide|name|json|yaml]", summary: "List Applications with sync and health status", example: "argocd app list" },
  { command: "argocd app get", usage: "argocd app get NAME [--refresh] [--show-operation] [-o wide|json|yaml]", summary: "Show an Application and its resources (--refresh: re-read Git now)", example: "argocd app get web --refresh" },
  { command: "argocd app sync", usage: "argocd app sync NAME [--prune] [--resource GROUP:KIND:NAME…]", summary: "Sync an Application to its target state in Git", example: "argocd app sync web --prune" },
  { command: "argocd app diff", usage: "argocd app diff NAME", summary: "Show how live differs from Git (exit code 1 when it does)", example: "argocd app diff web" },
  { command: "argocd app history", usage: "argocd app history NAME", summary: "List the revisions an Application was synced to", example: "argocd app history web" },
  { command: "argocd app rollback", usage: "argocd app rollback NAME [ID]", summary: "Sync an earlier revision from history (not with auto-sync on)", example: "argocd app rollback web 0" },
  { command: "argocd app set", usage: "argocd app set NAME [--sync-policy automated|none] [--self-heal[=false]] [--auto-prune[=false]]", summary: "Change an Application's sync policy", example: "argocd app set web --self-heal=false" },
  { command: "flux get", usage: "flux get kustomizations|sources git|all [NAME] [-n NS | -A]", summary: "Show Flux objects with revision and readiness", example: "flux get kustomizations" },
  { command: "flux reconcile", usage: "flux reconcile kustomization NAME [--with-source] | source git NAME", summary: "Ask Flux to reconcile now instead of at the next interval", example: "flux reconcile kustomization apps --with-source" },
  { command: "flux suspend", usage: "flux suspend kustomization|source git NAME", summary: "Stop reconciling (and correcting drift)", example: "flux suspend kustomization apps" },
  { command: "flux resume", usage: "flux resume kustomization|source git NAME", summary: "Reconcile again, starting now", example: "flux resume kustomization apps" },
];

function listing(entries: readonly HelpEntry[]): string {
  return tabwrite(entries.map((entry) => [`  ${entry.command}`, entry.summary]), TWO_SPACES);
}

/** `help`: every command, grouped by tool. */
export function overviewHelp(clusters: readonly string[]): string {
  const tools = ["kubectl", "argocd", "flux"].map((tool) => `${tool}\n${listing(ENTRIES.filter((entry) => entry.command.startsWith(`${tool} `)))}`);
  return [
    "Commands of this sandbox terminal (they act on the simulated clusters):",
    "",
    ...tools.flatMap((text) => [text, ""]),
    "Add --help to a command for its usage. Also: clear.",
    `Clusters (kubectl --context): ${clusters.join(", ")}.`,
  ].join("\n");
}

/** `kubectl help`, `argocd help`, `flux help`, `argocd app --help`. */
export function toolHelp(prefix: string): string {
  const entries = ENTRIES.filter((entry) => entry.command.startsWith(`${prefix} `));
  return `Usage: ${prefix} COMMAND\n\nCommands:\n${listing(entries)}\n\nUse "${prefix} COMMAND --help" for more about a command.`;
}

/** `kubectl get --help`: what it does, its usage and an example. */
export function commandHelp(command: string): string {
  const entry = ENTRIES.find((candidate) => candidate.command === command);
  if (!entry) return toolHelp(command.split(" ")[0]);
  return `${entry.summary}.\n\nUsage:\n  ${entry.usage}\n\nExample:\n  ${entry.example}`;
}

/** The subcommands of a tool prefix, for completion: `subcommandsOf("argocd app")` → ["diff", "get", …]. */
export function subcommandsOf(prefix: string): string[] {
  const depth = prefix.split(" ").length;
  const words = ENTRIES.filter((entry) => entry.command.startsWith(`${prefix} `)).map((entry) => entry.command.split(" ")[depth]);
  return [...new Set(words)].sort();
}

/** The usage line of a command, e.g. `usageOf("argocd app get")`. */
export function usageOf(command: string): string {
  return ENTRIES.find((entry) => entry.command === command)?.usage ?? `${command} [flags]`;
}
