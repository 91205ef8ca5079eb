// The terminal's contract with the sandbox: what a line runs against and what it returns.
// Plain data in and out, so a line can be replayed from the command log with the same result.
import type { GitContext } from "@/lib/git";
import type { GitSource } from "@/lib/reconciler/source/git-source";
import type { WorldState } from "@/lib/reconciler/world/world-state";

export interface TerminalContext {
  world: WorldState;
  git: GitSource;
  /** Repositories by URL. */
  repositories: Readonly<Record<string, GitContext>>;
  /** URL of the repository whose working tree `kubectl apply -f <path>` reads. */
  activeRepo: string;
}

/** A live object as the editor addresses it (group "" is the core group). */
export interface LiveObjectRef {
  group: string;
  kind: string;
  namespace?: string;
  name: string;
}

export interface TerminalOutcome {
  /** Whether the command exited with code 0. */
  ok: boolean;
  /** The same world object when nothing changed, so callers can compare by reference. */
  world: WorldState;
  /** What the CLI prints (stdout and stderr together), without a trailing newline. */
  output: string;
  /** `kubectl edit`: the live object to open in the editor. */
  openLive?: { cluster: string; object: LiveObjectRef; yaml: string };
}

/** A command's success: `succeed(world, "deployment.apps/web scaled")`. */
export function succeed(world: WorldState, output: string): TerminalOutcome {
  return { ok: true, world, output };
}

/** A non-zero exit; `world` is usually unchanged, but a partly applied `kubectl apply` keeps what it did. */
export function fail(world: WorldState, output: string): TerminalOutcome {
  return { ok: false, world, output };
}
