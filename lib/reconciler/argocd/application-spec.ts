// The parts of an Argo CD Application spec the simulation acts on, read from the object with
// Argo CD's defaults. Unknown fields are ignored, as the controller ignores them.
import type { IgnoreDifferencesRule } from "../ignore-differences";
import type { Manifest } from "../manifest";

export interface ApplicationSpec {
  project: string;
  source: { repoURL: string; path: string; targetRevision: string; recurse: boolean };
  destination: { server?: string; name?: string; namespace: string };
  automated: null | { prune: boolean; selfHeal: boolean; allowEmpty: boolean };
  syncOptions: string[];
  ignoreDifferences: IgnoreDifferencesRule[];
}

type Loose = Record<string, unknown> | undefined;

const text = (value: unknown, fallback = "") => (typeof value === "string" ? value : fallback);

/**
 * @example readApplicationSpec(app).source.targetRevision // "HEAD" when unset, as in Argo CD
 */
export function readApplicationSpec(application: Manifest): ApplicationSpec {
  const spec = (application.spec ?? {}) as Record<string, unknown>;
  const source = (spec.source ?? {}) as Record<string, unknown>;
  const destination = (spec.destination ?? {}) as Record<string, unknown>;
  const syncPolicy = spec.syncPolicy as Loose;
  const automated = syncPolicy?.automated as Loose;
  const directory = source.directory as Loose;
  return {
    project: text(spec.project, "default"),
    source: {
      repoURL: text(source.repoURL),
      path: text(source.path, "."),
      targetRevision: text(source.targetRevision, "HEAD") || "HEAD",
      recurse: directory?.recurse === true,
    },
    destination: {
      server: typeof destination.server === "string" ? destination.server : undefined,
      name: typeof destination.name === "string" ? destination.name : undefined,
      namespace: text(destination.namespace),
    },
    // `automated: {}` turns automated sync on; an explicit enabled: false turns it off.
    automated: automated && automated.enabled !== false
      ? { prune: automated.prune === true, selfHeal: automated.selfHeal === true, allowEmpty: automated.allowEmpty === true }
      : null,
    syncOptions: Array.isArray(syncPolicy?.syncOptions) ? (syncPolicy!.syncOptions as unknown[]).filter((item): item is string => typeof item === "string") : [],
    ignoreDifferences: Array.isArray(spec.ignoreDifferences) ? (spec.ignoreDifferences as IgnoreDifferencesRule[]) : [],
  };
}

export function hasAppSyncOption(spec: ApplicationSpec, option: string): boolean {
  return spec.syncOptions.includes(option);
}
