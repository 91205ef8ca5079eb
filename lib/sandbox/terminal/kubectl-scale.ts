// `kubectl scale TYPE/NAME --replicas=N`: drift by hand, written under the field manager
// kubectl-scale so Argo CD's "why OutOfSync?" can name who changed spec.replicas.
import { changeLive } from "./change-live";
import { commandHelp } from "./help-text";
import { keyFor, kubectlError, parseKubectlFlags, parseSelections, resolveScope, resolveTargets, serverError } from "./kubectl-scope";
import { flagBool, flagString } from "./parse-flags";
import { objectName } from "./resource-kinds";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

export const SCALE_MANAGER = "kubectl-scale";

const SCALABLE = new Set(["apps/Deployment", "apps/ReplicaSet", "apps/StatefulSet", "argoproj.io/Rollout"]);

export function kubectlScale(ctx: TerminalContext, args: readonly string[]): TerminalOutcome {
  const parsed = parseKubectlFlags(ctx.world, "scale", args, [{ name: "replicas", type: "string" }, { name: "current-replicas", type: "string" }]);
  if (!parsed.ok) return parsed.outcome;
  const { flags } = parsed;
  if (flagBool(flags, "help")) return succeed(ctx.world, commandHelp("kubectl scale"));
  const scope = resolveScope(ctx.world, flags);
  if (!scope.ok) return kubectlError(ctx.world, scope.message);
  const replicasText = flagString(flags, "replicas");
  if (replicasText === undefined) return kubectlError(ctx.world, `required flag(s) "replicas" not set`);
  if (!/^-?\d+$/.test(replicasText)) return kubectlError(ctx.world, `invalid argument "${replicasText}" for "--replicas" flag: strconv.ParseInt: parsing "${replicasText}": invalid syntax`);
  const replicas = Number(replicasText);
  if (replicas < 0) return kubectlError(ctx.world, "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
  const selections = parseSelections(scope.value.state, flags.positional);
  if (!selections.ok) return kubectlError(ctx.world, selections.message);
  if (selections.value.length === 0 || selections.value.some((selection) => selection.names.length === 0)) return kubectlError(ctx.world, "resource(s) were provided, but no name was specified");
  const { targets, errors } = resolveTargets(scope.value, selections.value);
  let world = ctx.world;
  const lines: string[] = [];
  const current = flagString(flags, "current-replicas");
  for (const { type, object } of targets) {
    if (!SCALABLE.has(`${type.group}/${type.kind}`)) {
      errors.push(`error: no scaler has been implemented for {"${type.group}" "${type.kind}"}`);
      continue;
    }
    const live = Number(object.spec?.replicas ?? 1);
    if (current !== undefined && Number(current) !== live) {
      errors.push(`error: Expected replicas to be ${current}, was ${live}`);
      continue;
    }
    const key = keyFor(type, scope.value.namespace, object.metadata.name);
    const result = changeLive(world, scope.value.cluster, key, (draft) => ({ ...draft, spec: { ...draft.spec, replicas } }), SCALE_MANAGER);
    if (!result.ok) {
      errors.push(serverError(result.message));
      continue;
    }
    world = result.world;
    lines.push(`${objectName(type, object.metadata.name)} scaled`);
  }
  const output = [...lines, ...errors].join("\n");
  return errors.length > 0 ? fail(world, output) : succeed(world, output);
}
