import { fnv1a, safeEncode } from "./hash";

/**
 * A deterministic id source: the n-th id for a seed. Injected into the cluster so the same seed
 * and the same commands give the same uids and pod names.
 * Example: `seededIds("demo")(0)` → 32 hex characters, always the same.
 */
export type IdSource = (counter: number) => string;

/** The default id source: FNV-1a of seed and counter, four rounds for 128 bits of hex. */
export function seededIds(seed: string): IdSource {
  return (counter) => {
    let out = "";
    for (let round = 0; round < 4; round += 1) {
      out += fnv1a(`${seed}:${counter}:${round}`).toString(16).padStart(8, "0");
    }
    return out;
  };
}

/** Format 32 hex characters as a UUID, as Kubernetes uids look. */
export function uidFromId(id: string): string {
  const hex = id.padEnd(32, "0").slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Kubernetes: generated name suffixes are 5 safe characters (e.g. `web-7c5ddbdf54-x2k9q`). */
export function nameSuffixFromId(id: string): string {
  return safeEncode(parseInt(id.slice(0, 8), 16), 5);
}
