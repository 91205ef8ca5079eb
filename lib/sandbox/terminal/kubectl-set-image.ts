// `kubectl set image TYPE/NAME CONTAINER=IMAGE…` (`*=IMAGE` for every container), written
// under the field manager kubectl-set. Like kubectl, an unchanged image prints nothing.
import type { KubeObject } from "@/lib/kube/types";
import { list, plain, type Plain } from "./column-cells";
import { changeLive } from "./change-live";
import { commandHelp } from "./help-text";
import { keyFor, kubectlError, parseKubectlFlags, parseSelections, resolveScope, resolveTargets, serverError } from "./kubectl-scope";
import { flagBool } from "./parse-flags";
import { objectName } from "./resource-kinds";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

export const SET_MANAGER = "kubectl-set";

/** Where the pod spec lives: spec.template.spec for controllers, spec for a Pod, deeper for a CronJob. */
function podSpecPath(object: KubeObject): string[] {
  if (object.kind === "Pod") return ["spec"];
  if (object.kind === "CronJob") return ["spec", "jobTemplate", "spec", "template", "spec"];
  return ["spec", "template", "spec"];
}

function readPath(object: unknown, path: readonly string[]): Plain {
  return path.reduce<Plain>((value, key) => plain(value[key]), plain(object));
}

function writePath(object: Plain, path: readonly string[], value: Plain): Plain {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return { ...object, [head]: writePath(plain(object[head]), rest, value) };
}

/** The object with new images, or the name of a container that does not exist. */
function withImages(object: KubeObject, images: Record<string, string>): { ok: true; object: KubeObject } | { ok: false; missing: string } {
  const path = podSpecPath(object);
  const spec = readPath(object, path);
  const containers = list(spec.containers).map(plain);
  const initContainers = list(spec.initContainers).map(plain);
  const all = [...containers, ...initContainers];
  for (const name of Object.keys(images)) {
    if (name !== "*" && !all.some((container) => container.name === name)) return { ok: false, missing: name };
  }
  const update = (container: Plain) => {
    const image = images[String(container.name)] ?? images["*"];
    return image === undefined ? container : { ...container, image };
  };
  const next = { ...spec, containers: containers.map(update), ...(initContainers.length > 0 ? { initContainers: initContainers.map(update) } : {}) };
  return { ok: true, object: writePath(object as Plain, path, next) as KubeObject };
}

export function kubectlSetImage(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const parsed = parseKubectlFlags(ctx.world, "set image", args, []);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("kubectl set"));
  const scope = resolveScope(ctx.world, flags);
  if (!scope.ok) return kubectlError(ctx.world, scope.message);
  const specs = flags.positional.filter((arg) => arg.includes("="));
  const resources = flags.positional.filter((arg) => !arg.includes("="));
  if (specs.length === 0) return kubectlError(ctx.world, "at least one image update is required");
  const images = Object.fromEntries(specs.map((spec) => [spec.slice(0, spec.indexOf("=")), spec.slice(spec.indexOf("=") + 1)]));
  const selections = parseSelections(scope.value.state, resources);
  if (!selections.ok) return kubectlError(ctx.world, selections.message);
  if (selections.value.length === 0 || selections.value.some((selection) => selection.names.length === 0)) return kubectlError(ctx.world, "one or more resources must be specified as <resource> <name> or <resource>/<name>");
  const { targets, errors } = resolveTargets(scope.value, selections.value);
  let world = ctx.world;
  const lines: string[] = [];
  for (const { type, object } of targets) {
    const changed = withImages(object, images);
    if (!changed.ok) {
      errors.push(`error: unable to find container named "${changed.missing}"`);
      continue;
    }
    if (JSON.stringify(changed.object) === JSON.stringify(object)) continue;
    const result = changeLive(world, scope.value.cluster, keyFor(type, scope.value.namespace, object.metadata.name), () => changed.object, SET_MANAGER);
    if (!result.ok) {
      errors.push(serverError(result.message));
      continue;
    }
    world = result.world;
    lines.push(`${objectName(type, object.metadata.name)} image updated`);
  }
  const output = [...lines, ...errors].join("\n");
  return errors.length > 0 ? fail(world, output) : succeed(world, output);
}
