// The sandbox terminal: kubectl-, argocd- and flux-like commands evaluated against the
// simulated world, with completion and the save path of `kubectl edit`. Pure: the same world
// and line give the same output and world.
export type { LiveObjectRef, TerminalContext, TerminalOutcome } from "./terminal-types";
export { runTerminalLine } from "./run-terminal-line";
export { completeTerminalLine, type Completion } from "./completion";
export { applyLiveEdit } from "./kubectl-edit";
