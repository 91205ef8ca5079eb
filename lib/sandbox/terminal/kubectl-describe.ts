// `kubectl describe TYPE [NAME…]`: a describer per kind (Deployment, ReplicaSet, Pod, Service,
// ConfigMap, Secret) or the generic one, followed by the object's events from the timeline.
// Like kubectl, a name that matches no object exactly matches those it prefixes
// (`kubectl describe pod web` finds web-5d9c7b6f4-x2x7q).
import { matchesSelector } from "@/lib/kube/label-selector";
import { listObjects } from "@/lib/kube/list-objects";
import type { KubeObject } from "@/lib/kube/types";
import type { WorldState } from "@/lib/reconciler/world/world-state";
import { describeConfigMap, describeSecret, describeService } from "./describe-config";
import { describeGeneric } from "./describe-generic";
import { DescribeWriter, eventsAbout } from "./describe-writer";
import { describeDeployment, describePod, describeReplicaSet } from "./describe-workloads";
import { commandHelp } from "./help-text";
import { namespacesOf } from "./implicit-namespaces";
import { kubectlError, namespaceClause, notFound, parseKubectlFlags, parseSelections, resolveScope, type KubectlScope, type Selection } from "./kubectl-scope";
import { flagBool, flagString } from "./parse-flags";
import { parseLabelSelector } from "./parse-label-selector";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

type Describer = (writer: DescribeWriter, object: KubeObject, scope: KubectlScope) => void;

const DESCRIBERS: Record<string, Describer> = {
  "apps/Deployment": (writer, object, scope) => describeDeployment(writer, object, scope.state),
  "apps/ReplicaSet": (writer, object, scope) => describeReplicaSet(writer, object, scope.state),
  "/Pod": (writer, object, scope) => describePod(writer, object, scope.state),
  "/Service": (writer, object, scope) => describeService(writer, object, scope.state),
  "/ConfigMap": (writer, object) => describeConfigMap(writer, object),
  "/Secret": (writer, object) => describeSecret(writer, object),
};

/** The full description of one object. */
export function describeObject(world: WorldState, scope: KubectlScope, object: KubeObject): string {
  const writer = new DescribeWriter();
  const group = object.apiVersion.includes("/") ? object.apiVersion.split("/")[0] : "";
  const describer = DESCRIBERS[`${group}/${object.kind}`];
  if (describer) describer(writer, object, scope);
  else describeGeneric(writer, object);
  writer.events(eventsAbout(world.events, scope.cluster, object.kind, object.metadata.namespace ?? "", object.metadata.name), world.now);
  return writer.toString();
}

function matching(scope: KubectlScope, selection: Selection, namespace: string | undefined, names: readonly string[]): { objects: KubeObject[]; missing: string[] } {
  const { group, kind } = selection.type;
  const all = group === "" && kind === "Namespace" ? namespacesOf(scope.state) : listObjects(scope.state, { group, kind, namespace });
  if (names.length === 0) return { objects: all, missing: [] };
  const missing: string[] = [];
  const objects = names.flatMap((name) => {
    const exact = all.filter((object) => object.metadata.name === name);
    const found = exact.length > 0 ? exact : all.filter((object) => object.metadata.name.startsWith(name));
    if (found.length === 0) missing.push(name);
    return found;
  });
  return { objects, missing };
}

export function kubectlDescribe(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const { world } = ctx;
  const parsed = parseKubectlFlags(world, "describe", args, [
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "selector", short: "l", type: "string" },
  ]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(world, commandHelp("kubectl describe"));
  const scope = resolveScope(world, flags);
  if (!scope.ok) return kubectlError(world, scope.message);
  if (flags.positional.length === 0) return kubectlError(world, `You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.`);
  const selections = parseSelections(scope.value.state, flags.positional);
  if (!selections.ok) return kubectlError(world, selections.message);
  const selectorText = flagString(flags, "selector");
  const selector = selectorText === undefined ? undefined : parseLabelSelector(selectorText);
  if (selector && !selector.ok) return kubectlError(world, selector.message);
  const texts: string[] = [];
  const errors: string[] = [];
  for (const selection of selections.value) {
    const namespace = selection.type.namespaced && !flagBool(flags, "all-namespaces") ? scope.value.namespace : undefined;
    const found = matching(scope.value, selection, namespace, selection.names);
    errors.push(...found.missing.map((name) => notFound(selection.type, name)));
    const objects = selector?.ok ? found.objects.filter((object) => matchesSelector(selector.selector, object.metadata.labels)) : found.objects;
    texts.push(...objects.map((object) => describeObject(world, scope.value, object)));
  }
  const output = [texts.join("\n\n"), ...errors].filter(Boolean).join("\n");
  if (texts.length === 0 && errors.length === 0) return succeed(world, `No resources found${flagBool(flags, "all-namespaces") ? "" : namespaceClause(scope.value.namespace)}.`);
  return errors.length > 0 ? fail(world, output) : succeed(world, output);
}

