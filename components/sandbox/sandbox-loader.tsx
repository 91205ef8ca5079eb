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
    // The worker starts in parallel with the workbench's code (see start-sandbox.ts).
    void import("./start-sandbox").then((module) => module.prestartSandbox(props.scenario));
  }, [props.scenario]);
  return <Workbench {...props} />;
}
