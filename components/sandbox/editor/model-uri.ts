"use client";
// Monaco model names. A file is file:///<repository name>/<path> so monaco-yaml's fileMatch
// patterns (kustomization.yaml, *.yaml) apply; a live object is a .yaml under /.live/ so it gets
// the Kubernetes schema too.
import type { SandboxView } from "@/lib/sandbox/view-schema";
import type { EditorTab } from "./editor-store";

const encodePath = (path: string) => path.split("/").map(encodeURIComponent).join("/");

/** The short name of a repository URL when the view does not list it: the last segment without .git. */
export function repositoryName(view: SandboxView | null, url: string): string {
  const listed = view?.repositories.find((repo) => repo.url === url)?.name;
  if (listed) return listed;
  const last = url.replace(/\/+$/, "").split("/").pop() ?? url;
  return last.replace(/\.git$/, "") || "repository";
}

/** Example: `modelPath(view, tab)` → "file:///shop/apps/web/deployment.yaml" */
export function modelPath(view: SandboxView | null, tab: EditorTab): string {
  if (tab.kind === "file") return `file:///${encodeURIComponent(repositoryName(view, tab.repo))}/${encodePath(tab.path)}`;
  const { kind, namespace, name } = tab.object;
  return `file:///.live/${encodePath([tab.cluster, kind.toLowerCase(), namespace || "_cluster", `${name}.yaml`].join("/"))}`;
}

/** Monaco's language id for a tab: live objects are YAML. */
export function languageOf(tab: EditorTab): string {
  if (tab.kind === "live" || /\.ya?ml$/i.test(tab.path)) return "yaml";
  if (/\.(md|markdown)$/i.test(tab.path)) return "markdown";
  return "plaintext";
}
