"use client";
// Starting the worker is the slowest part of opening a sandbox after Monaco, so it starts the
// moment the learner asks for a sandbox — from the loader, while the workbench's own code is
// still downloading — and the workbench takes over the running client when it mounts.
import { SandboxClient } from "./sandbox-client";
import { readShareToken } from "./shared-state-prompt";
import { useWorkbench } from "./workbench-store";

let prestarted: { scenario: string; client: SandboxClient } | null = null;
/** Once the workbench runs its own client, a late prestart must not start a second worker. */
let workbenchMounted = false;

/** A client wired to the workbench store, opening `scenario` (from `shared` when given). */
export function startSandbox(scenario: string, shared?: string): SandboxClient {
  const client = new SandboxClient({
    onView: (next) => useWorkbench.setState({ view: next }),
    onNotice: (level, message) => useWorkbench.getState().notify(level, message),
    onStatus: (next) => useWorkbench.setState({ status: next }),
  });
  useWorkbench.setState({ transport: client, status: "loading", view: null });
  client.open(scenario, shared).catch((error: Error) => {
    useWorkbench.setState({ status: "failed" });
    useWorkbench.getState().notify("error", error.message);
  });
  return client;
}

/** Called by the loader: start now unless a share link is waiting for the learner's answer. */
export function prestartSandbox(scenario: string): void {
  if (prestarted || workbenchMounted || readShareToken()) return;
  prestarted = { scenario, client: startSandbox(scenario) };
}

/** The client the loader started for `scenario`, once (the workbench owns it from then on). */
export function takePrestartedSandbox(scenario: string): SandboxClient | null {
  workbenchMounted = true;
  const taken = prestarted?.scenario === scenario ? prestarted.client : null;
  if (prestarted && !taken) prestarted.client.dispose();
  prestarted = null;
  return taken;
}

/** The workbench unmounted: a later sandbox may prestart again. */
export function releaseSandbox(): void {
  workbenchMounted = false;
}
