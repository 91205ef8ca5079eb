"use client";
// One-time, fully offline Monaco setup (docs: /work/shared/TOOLCHAIN.md, pitfall 4). By default
// @monaco-editor/react fetches Monaco from a CDN and hangs on "Loading…" offline; instead the
// bundled monaco-editor is handed to its loader, with workers the bundler emits from node_modules.
// monaco-yaml's worker needs monaco-editor 0.54.x exactly (0.55 breaks it), hence the pin.
import type * as MonacoModule from "monaco-editor";

export type MonacoApi = typeof MonacoModule;

let loading: Promise<MonacoApi> | null = null;

/**
 * Loads Monaco once per page, with YAML validation, completion and hover from the sandbox's
 * Kubernetes and kustomization schemas. A failed load may be retried.
 * Example: `const monaco = await loadMonaco(); monaco.editor.getModels()`
 */
export function loadMonaco(): Promise<MonacoApi> {
  loading ??= setUpMonaco().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function setUpMonaco(): Promise<MonacoApi> {
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      if (label === "yaml") return new Worker(new URL("monaco-yaml/yaml.worker", import.meta.url), { type: "module" });
      return new Worker(new URL("monaco-editor/esm/vs/editor/editor.worker.js", import.meta.url), { type: "module" });
    },
  };
  // All four download in parallel: Monaco is the largest part of opening a sandbox.
  const [monaco, { configureMonacoYaml }, { loader }, { editorYamlOptions }] = await Promise.all([
    import("monaco-editor"),
    import("monaco-yaml"),
    import("@monaco-editor/react"),
    // The schemas (~380 KB, ~80 KB compressed) travel with the editor, not with the page.
    import("@/lib/sandbox/schemas/editor-yaml-schemas"),
  ]);
  configureMonacoYaml(monaco, editorYamlOptions());
  loader.config({ monaco });
  return monaco;
}
