// Argo CD refreshes each Application every timeout.reconciliation (120 s by default) plus a
// jitter of up to timeout.reconciliation.jitter (60 s): so a change in Git shows up within
// 3 minutes unless a webhook or "Refresh" skips the wait. Flux uses the object's spec.interval
// with ±5% jitter (the controllers' --interval-jitter-percentage, default 5). The jitter here is
// pseudo-random but derived from a seed, so a scenario replays identically.

export const ARGO_REFRESH_MS = 120_000;
export const ARGO_JITTER_MS = 60_000;

/** A 32-bit FNV-1a hash of text: a stable seed from a name. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: a tiny deterministic generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * When Argo CD next refreshes an app after refreshing it at `lastRefreshAt` (the n-th time).
 * @example nextArgoRefresh({ seed: "demo", app: "web", lastRefreshAt: 0, count: 0 }) // between 120000 and 180000
 */
export function nextArgoRefresh(options: { seed: string; app: string; lastRefreshAt: number; count: number }): number {
  const jitter = Math.floor(seededRandom(hashSeed(`${options.seed}/${options.app}/${options.count}`))() * ARGO_JITTER_MS);
  return options.lastRefreshAt + ARGO_REFRESH_MS + jitter;
}

/** Flux: "10m", "1h30m", "45s", "500ms" → milliseconds (Go duration syntax). */
export function parseGoDuration(text: string): number | undefined {
  const units: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join("") !== text) return undefined;
  return parts.reduce((total, [, value, unit]) => total + Number(value) * units[unit], 0);
}

/** Flux controllers' --interval-jitter-percentage default: each run is ±5% of the interval. */
export const FLUX_JITTER_FRACTION = 0.05;

/**
 * When a Flux object runs next after running at `at`: interval ± up to 5%, seeded so a
 * scenario replays identically.
 * @example nextFluxRun({ seed: "demo", object: "Kustomization/apps", at: 0, intervalMs: 600_000 }) // 570000…630000
 */
export function nextFluxRun(options: { seed: string; object: string; at: number; intervalMs: number }): number {
  const unit = seededRandom(hashSeed(`${options.seed}/${options.object}/${options.at}`))() * 2 - 1;
  return options.at + options.intervalMs + Math.round(options.intervalMs * FLUX_JITTER_FRACTION * unit);
}
