"use client";
// The door to the sandbox: the workbench (Monaco, git, the engine) is a separate chunk fetched
// only when this renders, so pages without an open sandbox download none of it.
import dynamic from "next/dynamic";
import { useEffect } from "react";
import type { WorkbenchProps } from "./workbench";

const Workbench = dynamic(() => import("./workbench").then((module) => module.Workbench), {
  ssr: false,
  loading: () => (
    <p className="sbx-loading" role="status">
      Loading the sandbox…
    </p>
  ),
});

export function SandboxLoader(props: WorkbenchProps) {
  useEffect(() => {
    // The worker and Monaco start in parallel with the workbench's code (see start-sandbox.ts):
    // they are the two slow parts of opening a sandbox.
    void import("./start-sandbox").then((module) => module.prestartSandbox(props.scenario));
    // A failed load is reported (and retried) by the editor panel itself.
    void import("./editor/monaco-setup").then((module) => module.loadMonaco()).catch(() => undefined);
  }, [props.scenario]);
  return <Workbench {...props} />;
}
