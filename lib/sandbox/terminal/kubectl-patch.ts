// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]`, written under the field
// manager kubectl-patch. The patch may be JSON or YAML, as kubectl accepts.
import { parse } from "yaml";
import { BUILTIN_KINDS } from "@/lib/kube/kinds/builtin-kinds";
import type { KubeObject } from "@/lib/kube/types";
import { changeLive } from "./change-live";
import { commandHelp } from "./help-text";
import { keyFor, kubectlError, parseKubectlFlags, parseSelections, resolveScope, resolveTargets, serverError, type Target } from "./kubectl-scope";
import { flagBool, flagString } from "./parse-flags";
import { jsonPatch, mergePatch, strategicMergePatch } from "./patch-documents";
import { apiVersionOf, objectName } from "./resource-kinds";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

export const PATCH_MANAGER = "kubectl-patch";

const isBuiltin = (target: Target) => BUILTIN_KINDS.some((info) => info.kind === target.type.kind && info.apiVersion === apiVersionOf(target.type));

function patched(target: Target, type: string, patch: unknown): { ok: true; object: KubeObject } | { ok: false; message: string } {
  if (type === "json") {
    const result = jsonPatch(target.object, patch);
    return result.ok ? { ok: true, object: result.value as KubeObject } : { ok: false, message: result.message };
  }
  if (type === "strategic" && !isBuiltin(target)) {
    // Kubernetes: custom resources accept only JSON and merge patches.
    return { ok: false, message: `application/strategic-merge-patch+json is not supported by ${apiVersionOf(target.type)}, Kind=${target.type.kind}: the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml` };
  }
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) {
    return { ok: false, message: `json: cannot unmarshal ${Array.isArray(patch) ? "array" : typeof patch === "string" ? "string" : patch === null ? "null" : typeof patch} into Go value of type map[string]interface {}` };
  }
  const object = (type === "merge" ? mergePatch(target.object, patch) : strategicMergePatch(target.object, patch)) as KubeObject;
  return { ok: true, object };
}

function sameIdentity(before: KubeObject, after: KubeObject): boolean {
  return before.apiVersion === after?.apiVersion && before.kind === after.kind && before.metadata.name === after.metadata?.name && (before.metadata.namespace ?? "") === (after.metadata?.namespace ?? "");
}

function readPatch(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `unable to parse "${text}": yaml: ${(error as Error).message.split("\n")[0]}` };
  }
}

export function kubectlPatch(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const parsed = parseKubectlFlags(ctx.world, "patch", args, [{ name: "patch", short: "p", type: "string" }, { name: "type", type: "string" }]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("kubectl patch"));
  const scope = resolveScope(ctx.world, flags);
  if (!scope.ok) return kubectlError(ctx.world, scope.message);
  const type = flagString(flags, "type") ?? "strategic";
  if (!["json", "merge", "strategic"].includes(type)) return kubectlError(ctx.world, `--type must be one of [json merge strategic], not "${type}"`);
  const text = flagString(flags, "patch");
  if (text === undefined) return kubectlError(ctx.world, "must specify --patch or --patch-file containing the contents of the patch");
  const patch = readPatch(text);
  if (!patch.ok) return kubectlError(ctx.world, patch.message);
  const selections = parseSelections(scope.value.state, flags.positional);
  if (!selections.ok) return kubectlError(ctx.world, selections.message);
  if (selections.value.length === 0 || selections.value.some((selection) => selection.names.length === 0)) return kubectlError(ctx.world, "resource(s) were provided, but no name was specified");
  const { targets, errors } = resolveTargets(scope.value, selections.value);
  let world = ctx.world;
  const lines: string[] = [];
  for (const target of targets) {
    const name = objectName(target.type, target.object.metadata.name);
    const result = patched(target, type, patch.value);
    if (!result.ok) {
      errors.push(`Error from server (BadRequest): ${result.message}`);
      continue;
    }
    if (!sameIdentity(target.object, result.object)) {
      errors.push(`Error from server (BadRequest): the patch changes the object's apiVersion, kind, name or namespace, which cannot change`);
      continue;
    }
    if (JSON.stringify(result.object) === JSON.stringify(target.object)) {
      lines.push(`${name} patched (no change)`);
      continue;
    }
    const written = changeLive(world, scope.value.cluster, keyFor(target.type, scope.value.namespace, target.object.metadata.name), () => result.object, PATCH_MANAGER);
    if (!written.ok) {
      errors.push(serverError(written.message));
      continue;
    }
    lines.push(written.changed ? `${name} patched` : `${name} patched (no change)`);
    world = written.world;
  }
  const output = [...lines, ...errors].join("\n");
  return errors.length > 0 ? fail(world, output) : succeed(world, output);
}
