// The fields of Flux's GitRepository and Kustomization the simulation acts on, with Flux's
// defaults (source-controller and kustomize-controller v1 specs).
import type { Manifest } from "../manifest";
import { parseGoDuration } from "../refresh-schedule";

export const FLUX_NAMESPACE = "flux-system";
export const REQUESTED_AT_ANNOTATION = "reconcile.fluxcd.io/requestedAt";

export interface GitRepositorySpec {
  url: string;
  /** The ref to follow: a branch (default main), a tag or a commit. */
  ref: string;
  refLabel: string;
  intervalMs: number;
  suspend: boolean;
}

export interface KustomizationSpec {
  sourceName: string;
  path: string;
  intervalMs: number;
  retryIntervalMs: number;
  timeoutMs: number;
  prune: boolean;
  suspend: boolean;
  wait: boolean;
  targetNamespace?: string;
  dependsOn: string[];
  healthChecks: { apiVersion: string; kind: string; name: string; namespace?: string }[];
}

type Loose = Record<string, unknown>;
const duration = (value: unknown, fallback: number) => (typeof value === "string" ? parseGoDuration(value) ?? fallback : fallback);

export function readGitRepositorySpec(object: Manifest): GitRepositorySpec {
  const spec = (object.spec ?? {}) as Loose;
  const ref = (spec.ref ?? {}) as Loose;
  const [label, value] =
    typeof ref.commit === "string" ? ["sha1", ref.commit] : typeof ref.tag === "string" ? [ref.tag, ref.tag] : [typeof ref.branch === "string" ? ref.branch : "main", typeof ref.branch === "string" ? ref.branch : "main"];
  return { url: typeof spec.url === "string" ? spec.url : "", ref: value, refLabel: label, intervalMs: duration(spec.interval, 60_000), suspend: spec.suspend === true };
}

export function readKustomizationSpec(object: Manifest): KustomizationSpec {
  const spec = (object.spec ?? {}) as Loose;
  const intervalMs = duration(spec.interval, 600_000);
  const sourceRef = (spec.sourceRef ?? {}) as Loose;
  return {
    sourceName: typeof sourceRef.name === "string" ? sourceRef.name : "",
    path: typeof spec.path === "string" ? spec.path : "./",
    intervalMs,
    // Flux: retryInterval defaults to interval, timeout to interval.
    retryIntervalMs: duration(spec.retryInterval, intervalMs),
    timeoutMs: duration(spec.timeout, intervalMs),
    prune: spec.prune === true,
    suspend: spec.suspend === true,
    wait: spec.wait === true,
    targetNamespace: typeof spec.targetNamespace === "string" ? spec.targetNamespace : undefined,
    dependsOn: Array.isArray(spec.dependsOn) ? (spec.dependsOn as Loose[]).map((dep) => String(dep.name ?? "")).filter(Boolean) : [],
    healthChecks: Array.isArray(spec.healthChecks) ? (spec.healthChecks as KustomizationSpec["healthChecks"]) : [],
  };
}

/** "10m0s", as Flux prints durations in messages. */
export function formatGoDuration(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1_000);
  return `${hours ? `${hours}h` : ""}${hours || minutes ? `${minutes}m` : ""}${seconds}s`;
}
