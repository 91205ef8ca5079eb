// Argo CD's refresh: resolve the app's targetRevision and render its path — on the periodic
// schedule (120 s + jitter), or at once when asked ("Refresh" / the refresh annotation).
import { nextArgoRefresh } from "../refresh-schedule";
import { renderSource } from "../source/render-source";
import type { GitSource } from "../source/git-source";
import type { ArgoAppMemory } from "./app-memory";
import type { ApplicationSpec } from "./application-spec";

export const REFRESH_ANNOTATION = "argocd.argoproj.io/refresh";

/** The memory after a refresh; `changed` says whether the revision or an error is new. */
export async function refreshSource(appName: string, seed: string, spec: ApplicationSpec, memory: ArgoAppMemory, git: GitSource, now: number): Promise<{ memory: ArgoAppMemory; changed: boolean }> {
  const schedule = { nextRefreshAt: nextArgoRefresh({ seed, app: appName, lastRefreshAt: now, count: memory.refreshCount }), refreshCount: memory.refreshCount + 1 };
  const read = await git.read(spec.source.repoURL, spec.source.targetRevision);
  if (!read.ok) {
    const comparisonError = `Failed to load target state: ${read.message}`;
    return { memory: { ...memory, ...schedule, comparisonError }, changed: memory.comparisonError !== comparisonError };
  }
  const rendered = renderSource(read.files, spec.source.path, { recurse: spec.source.recurse });
  if (!rendered.ok) {
    const comparisonError = `Failed to load target state: failed to generate manifest for source 1 of 1: ${rendered.message}`;
    return { memory: { ...memory, ...schedule, comparisonError, rendered: undefined }, changed: memory.comparisonError !== comparisonError };
  }
  const changed = memory.rendered?.revision !== read.sha || memory.comparisonError !== undefined;
  return {
    memory: { ...memory, ...schedule, comparisonError: undefined, rendered: { revision: read.sha, manifests: rendered.manifests, sourceFiles: rendered.sourceFiles } },
    changed,
  };
}
