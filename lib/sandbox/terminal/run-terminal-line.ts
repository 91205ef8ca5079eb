// One terminal line: split it like a shell, run kubectl, argocd or flux against the world, and
// answer in the tool's words. Never throws: anything unexpected becomes an error message.
import type { WorldState } from "@/lib/reconciler/world/world-state";
import { runArgocd } from "./argocd";
import { runFlux } from "./flux";
import { overviewHelp, toolHelp } from "./help-text";
import { runKubectl } from "./kubectl";
import { wordsOf } from "./parse-command-line";
import { fail, succeed, type TerminalContext, type TerminalOutcome } from "./terminal-types";

export const TOOLS = ["argocd", "clear", "flux", "help", "kubectl"];

// Commands a learner may reach for that this terminal leaves to other parts of the sandbox.
const ELSEWHERE: Record<string, string> = {
  git: "use the Git panel to change, commit and merge files",
  kustomize: 'try "kubectl apply -k DIR" to apply a kustomization',
  helm: "the sandbox scenarios use plain manifests and kustomize, not Helm",
};

function help(world: WorldState, topic: string | undefined): TerminalOutcome {
  if (topic === "kubectl" || topic === "argocd" || topic === "flux") return succeed(world, toolHelp(topic));
  return succeed(world, overviewHelp(Object.keys(world.clusters).sort()));
}

async function dispatch(ctx: TerminalContext, tool: string, args: readonly string[]): Promise<TerminalOutcome> {
  switch (tool) {
    case "kubectl":
      return runKubectl(ctx, args);
    case "argocd":
      return runArgocd(ctx, args);
    case "flux":
      return runFlux(ctx, args);
    case "help":
      return help(ctx.world, args[0]);
    case "clear":
      return succeed(ctx.world, "");
    default: {
      const hint = ELSEWHERE[tool];
      return fail(ctx.world, `command not found: ${tool}\n${hint ? `This terminal runs kubectl, argocd and flux: ${hint}.` : 'Type "help" for the commands this terminal understands.'}`);
    }
  }
}

/**
 * @example await runTerminalLine(ctx, "kubectl scale deployment/web --replicas=5 -n shop")
 *          // { ok: true, world: <changed>, output: "deployment.apps/web scaled" }
 */
export async function runTerminalLine(ctx: TerminalContext, line: string): Promise<TerminalOutcome> {
  try {
    const words = wordsOf(line);
    if (!words.ok) return fail(ctx.world, words.message);
    const [tool, ...args] = words.words;
    if (tool === undefined) return succeed(ctx.world, "");
    return await dispatch(ctx, tool, args);
  } catch (error) {
    return fail(ctx.world, `error: ${error instanceof Error ? error.message : String(error)}`);
  }
}
