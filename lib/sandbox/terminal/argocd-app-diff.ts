// `argocd app diff NAME`: for every resource that is not in sync, a `===== group/Kind
// namespace/name ======` header and a diff of live against the predicted live object (the
// desired state merged onto live, as gitops-engine's diff predicts it), with the fields
// ignoreDifferences names left out. Printed as unified diffs (`diff -u`, what argocd prints
// with KUBECTL_EXTERNAL_DIFF="diff -u"); exit code 1 when anything differs, like the real one.
// Secrets are skipped, as argocd skips them.
import { structuredPatch } from "diff";
import type { KubeObject } from "@/lib/kube/types";
import { compareApplication } from "@/lib/reconciler/argocd/compare-application";
import { refreshApplication } from "@/lib/reconciler/argocd/app-commands";
import { readApplicationSpec, type ApplicationSpec } from "@/lib/reconciler/argocd/application-spec";
import { desiredObjects } from "@/lib/reconciler/argocd/desired-objects";
import { resolveDestination } from "@/lib/reconciler/argocd/destination";
import { diffResource } from "@/lib/reconciler/diff-resource";
import { fieldsOwnedBy } from "@/lib/reconciler/field-managers";
import { ignoredFields, withoutFields } from "@/lib/reconciler/ignore-differences";
import { parsePointer } from "@/lib/reconciler/json-pointer";
import { resourceKey, type Manifest } from "@/lib/reconciler/manifest";
import { runControllers } from "@/lib/reconciler/world/advance-world";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { appNotFound, fatal, findApplication, parseArgocdFlags, usageError } from "./argocd-common";
import { toYaml, withoutManagedFields } from "./format-object";
import { commandHelp } from "./help-text";
import { flagBool } from "./parse-flags";
import { strategicMergePatch } from "./patch-documents";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

/** Live as argocd shows it: no managedFields, no status. */
function normalizedLive(live: KubeObject): Manifest {
  const { status: _status, ...rest } = withoutManagedFields(live);
  return rest as Manifest;
}

/** What live would become after a sync: desired merged onto live, fields Git dropped removed. */
function predictedLive(desired: Manifest, live: Manifest, lastApplied: Manifest | undefined): Manifest {
  const merged = strategicMergePatch(live, desired) as Manifest;
  const dropped = diffResource(desired, live, lastApplied).filter((difference) => difference.reason === "removed-from-git").map((difference) => parsePointer(difference.path));
  return withoutFields(merged, dropped);
}

function unifiedDiff(name: string, live: string, target: string): string {
  const patch = structuredPatch(`/tmp/argocd-diff/${name}-live.yaml`, `/tmp/argocd-diff/${name}`, live, target, "", "", { context: 3 });
  // GNU diff: a one-line range has no count; an empty one starts before line 1.
  const range = (start: number, lines: number) => (lines === 1 ? `${start}` : `${lines === 0 ? start - 1 : start},${lines}`);
  const hunks = patch.hunks.map((hunk) => [`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, ...hunk.lines].join("\n"));
  return [`--- ${patch.oldFileName}`, `+++ ${patch.newFileName}`, ...hunks].join("\n");
}

const yamlOf = (manifest: Manifest | undefined) => (manifest ? `${toYaml(manifest)}\n` : "");

function diffsOf(spec: ApplicationSpec, name: string, cluster: Parameters<typeof compareApplication>[2], manifests: readonly Manifest[], lastApplied: Record<string, Manifest>): string[] {
  const desired = desiredObjects(cluster, manifests, spec.destination.namespace).resources;
  const comparison = compareApplication(name, desired, cluster, spec.ignoreDifferences, lastApplied);
  const desiredByKey = new Map(desired.map((manifest) => [resourceKey(manifest), manifest]));
  const liveByKey = new Map(Object.values(cluster.objects).map((object) => [resourceKey(object), object]));
  const texts: string[] = [];
  for (const row of comparison.resources) {
    if (row.status !== "OutOfSync" || (row.group === "" && row.kind === "Secret")) continue;
    const key = `${row.group}/${row.kind}/${row.namespace}/${row.name}`;
    const target = desiredByKey.get(key);
    const liveObject = liveByKey.get(key);
    const live = liveObject ? normalizedLive(liveObject) : undefined;
    const owned = (manager: string) => (liveObject ? fieldsOwnedBy(liveObject, manager) : []);
    const strip = (manifest: Manifest | undefined) => (manifest ? withoutFields(manifest, ignoredFields(spec.ignoreDifferences, manifest, owned)) : undefined);
    const predicted = target && live ? predictedLive(target, live, lastApplied[key]) : target;
    texts.push(`===== ${row.group}/${row.kind} ${row.namespace}/${row.name} ======\n${unifiedDiff(row.name, yamlOf(strip(live)), yamlOf(strip(predicted)))}`);
  }
  return texts;
}

export async function argocdAppDiff(ctx: TerminalContext, args: readonly string[]): Promise<TerminalOutcome> {
  const parsed = parseArgocdFlags(ctx.world, "argocd app diff", args, [
    { name: "refresh", type: "bool" },
    { name: "hard-refresh", type: "bool" },
    { name: "exit-code", type: "bool" },
  ]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("argocd app diff"));
  const [name] = flags.positional;
  if (name === undefined) return usageError(ctx.world, "argocd app diff");
  const found = findApplication(ctx.world, name);
  if (!found) return appNotFound(ctx.world, name);
  let world = ctx.world;
  if (flagBool(flags, "refresh") || flagBool(flags, "hard-refresh")) {
    const refreshed = refreshApplication(world, found.metadata.name);
    if (refreshed.ok) world = await runControllers(refreshed.world, ctx.git);
  }
  const app = findApplication(world, found.metadata.name) ?? found;
  const memory = world.argo[app.metadata.name];
  if (!memory?.rendered) return fatal(world, `rpc error: code = Unknown desc = ${memory?.comparisonError ?? "the application has not been compared with Git yet"}`);
  const spec = readApplicationSpec(app);
  const destination = resolveDestination(world.clusters[HUB_CLUSTER], spec, new Set(Object.keys(world.clusters)));
  if (!destination.ok) return fatal(world, `rpc error: code = InvalidArgument desc = ${destination.message}`);
  const texts = diffsOf(spec, app.metadata.name, world.clusters[destination.cluster], memory.rendered.manifests, memory.lastApplied);
  if (texts.length === 0) return succeed(world, "");
  // argocd prints a blank line before each resource's header.
  const output = texts.map((text) => `\n${text}`).join("\n");
  return flagBool(flags, "exit-code") === false ? succeed(world, output) : fail(world, output);
}
