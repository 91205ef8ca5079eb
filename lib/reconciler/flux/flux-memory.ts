// What Flux's controllers remember between reconciles, beside the objects' status.
import type { Manifest } from "../manifest";

export interface SourceArtifact {
  /** "main@sha1:<sha>", as Flux prints revisions. */
  revision: string;
  sha: string;
  /** The files of the revision as a plain object (path → text): the world must stay serialisable. */
  files: Record<string, string>;
}

export interface FluxMemory {
  /** GitRepository artifacts by name. */
  artifacts: Record<string, SourceArtifact>;
  /** Next reconcile time per object ("GitRepository/<name>" or "Kustomization/<name>"). */
  nextAt: Record<string, number>;
  /** A Kustomization applied and now waiting for its health checks. */
  waiting: Record<string, { since: number; revision: string; digest: string; objects: Manifest[] }>;
  /** The revision each Kustomization last attempted (a new artifact triggers a reconcile). */
  attempted: Record<string, string>;
}

export function emptyFluxMemory(): FluxMemory {
  return { artifacts: {}, nextAt: {}, waiting: {}, attempted: {} };
}
