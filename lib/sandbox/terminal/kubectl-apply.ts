// `kubectl apply -f PATH` / `-k DIR`: client-side apply of working-tree manifests under the
// field manager kubectl-client-side-apply, recording the last-applied-configuration annotation
// like kubectl does, and reporting each object as created, configured or unchanged.
import { getObject } from "@/lib/kube/get-object";
import { resolveKind } from "@/lib/kube/kinds/resolve-kind";
import { groupOf } from "@/lib/kube/object-key";
import { applyToCluster } from "@/lib/reconciler/world/apply-to-cluster";
import type { WorldState } from "@/lib/reconciler/world/world-state";
import { commandHelp } from "./help-text";
import { kubectlError, parseKubectlFlags, resolveScope, serverError, type KubectlScope } from "./kubectl-scope";
import { flagBool, flagString, flagStrings } from "./parse-flags";
import { buildKustomizeDir, readManifests, type ManifestDocument } from "./read-manifest-files";
import { objectName, typeOfObject } from "./resource-kinds";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

export const APPLY_MANAGER = "kubectl-client-side-apply";
export const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

type Meta = { name?: unknown; namespace?: unknown; annotations?: Record<string, string> };

/** The manifest with its namespace settled: the file's, else -n, else "default" (namespaced kinds only). */
function placed(document: ManifestDocument, scope: KubectlScope, explicitNamespace: string | undefined, namespaced: boolean): { ok: true; manifest: Record<string, unknown> } | { ok: false; message: string } {
  const metadata = (document.manifest.metadata ?? {}) as Meta;
  const own = typeof metadata.namespace === "string" ? metadata.namespace : undefined;
  if (!namespaced) return { ok: true, manifest: document.manifest };
  if (own && explicitNamespace && own !== explicitNamespace) {
    return { ok: false, message: `error: the namespace from the provided object "${own}" does not match the namespace "${explicitNamespace}". You must pass '--namespace=${own}' to perform this operation.` };
  }
  return { ok: true, manifest: { ...document.manifest, metadata: { ...metadata, namespace: own ?? scope.namespace } } };
}

function withLastApplied(manifest: Record<string, unknown>): Record<string, unknown> {
  const metadata = (manifest.metadata ?? {}) as Meta;
  return { ...manifest, metadata: { ...metadata, annotations: { ...(metadata.annotations ?? {}), [LAST_APPLIED]: `${JSON.stringify(manifest)}\n` } } };
}

function applyOne(world: WorldState, scope: KubectlScope, document: ManifestDocument, explicitNamespace: string | undefined): { world: WorldState; line: string; ok: boolean } {
  const { manifest, file } = document;
  const apiVersion = String(manifest.apiVersion ?? "");
  const kind = String(manifest.kind ?? "");
  const name = String(((manifest.metadata ?? {}) as Meta).name ?? "");
  const state = world.clusters[scope.cluster];
  const info = resolveKind(Object.values(state.objects), apiVersion, kind);
  if (!info) {
    return { world, ok: false, line: `error: resource mapping not found for name: "${name}" namespace: "" from "${file}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first` };
  }
  const settled = placed(document, { ...scope, state }, explicitNamespace, info.namespaced);
  if (!settled.ok) return { world, ok: false, line: settled.message };
  const namespace = info.namespaced ? String(((settled.manifest.metadata ?? {}) as Meta).namespace) : "";
  const key = { group: groupOf(apiVersion), kind, namespace, name };
  const before = getObject(state, key);
  const result = applyToCluster(world, scope.cluster, [withLastApplied(settled.manifest)], APPLY_MANAGER);
  if (!result.ok) return { world, ok: false, line: serverError(result.message) };
  const after = getObject(result.world.clusters[scope.cluster], key);
  const label = objectName(typeOfObject(state, apiVersion, kind), name);
  if (!before) return { world: result.world, ok: true, line: `${label} created` };
  if (after?.metadata.resourceVersion === before.metadata.resourceVersion) return { world, ok: true, line: `${label} unchanged` };
  return { world: result.world, ok: true, line: `${label} configured` };
}

export async function kubectlApply(ctx: TerminalContext, args: readonly string[]): Promise<TerminalOutcome> {
  const parsed = parseKubectlFlags(ctx.world, "apply", args, [
    { name: "filename", short: "f", type: "strings" },
    { name: "kustomize", short: "k", type: "string" },
    { name: "recursive", short: "R", type: "bool" },
    { name: "dry-run", type: "string" },
  ]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("kubectl apply"));
  const scope = resolveScope(ctx.world, flags);
  if (!scope.ok) return kubectlError(ctx.world, scope.message);
  const files = flagStrings(flags, "filename");
  const kustomize = flagString(flags, "kustomize");
  if (files.length === 0 && kustomize === undefined) return kubectlError(ctx.world, "must specify one of -f and -k");
  if (flags.positional.length > 0) return kubectlError(ctx.world, `Unexpected args: [${flags.positional.join(" ")}]\nSee 'kubectl apply -h' for help and examples`);
  const dryRun = flagString(flags, "dry-run");
  if (dryRun !== undefined && !["none", "client", "server"].includes(dryRun)) return kubectlError(ctx.world, `Invalid dry-run value (${dryRun}). Must be "none", "server", or "client".`);
  const repo = ctx.repositories[ctx.activeRepo];
  if (!repo) return kubectlError(ctx.world, "there is no working tree to read manifests from");
  const read = kustomize !== undefined ? await buildKustomizeDir(repo, kustomize) : await readManifests(repo, files, flagBool(flags, "recursive") === true);
  if (!read.ok) return kubectlError(ctx.world, read.message);
  if (read.documents.length === 0 && read.errors.length === 0) return kubectlError(ctx.world, "no objects passed to apply");
  let world = ctx.world;
  const lines: string[] = [];
  const errors = [...read.errors];
  const explicitNamespace = flagString(flags, "namespace");
  for (const document of read.documents) {
    const applied = applyOne(world, scope.value, document, explicitNamespace);
    world = applied.world;
    (applied.ok ? lines : errors).push(applied.line);
  }
  const suffix = dryRun === "client" || dryRun === "server" ? ` (dry run${dryRun === "server" ? " (server)" : ""})` : "";
  const output = [...lines.map((line) => `${line}${suffix}`), ...errors].join("\n");
  // A dry run shows what would happen and changes nothing.
  const finalWorld = suffix ? ctx.world : world;
  return errors.length > 0 ? fail(finalWorld, output) : succeed(finalWorld, output);
}
