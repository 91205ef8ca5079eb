import { canonicalJson } from "./canonical-json";

/**
 * FNV-1a (32 bit) over a string: small, pure and stable across engines.
 * Example: `fnv1a("nginx") === fnv1a("nginx")`
 */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

// Kubernetes: rand.SafeEncodeString drops vowels and look-alike characters so generated
// names never spell words; pod-template-hash and pod name suffixes use this alphabet.
const SAFE_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

/** Encode a number in Kubernetes' "safe" alphabet, exactly `length` characters. */
export function safeEncode(value: number, length: number): string {
  let rest = value >>> 0;
  let out = "";
  for (let index = 0; index < length; index += 1) {
    out += SAFE_ALPHABET[rest % SAFE_ALPHABET.length];
    rest = (Math.floor(rest / SAFE_ALPHABET.length) ^ fnv1a(out)) >>> 0;
  }
  return out;
}

/**
 * Kubernetes: the pod-template-hash label is a hash of the pod template, 10 safe characters
 * (ours is FNV-1a over canonical JSON rather than Go's DeepHashObject, so values differ).
 * Example: `podTemplateHash({ spec: { containers: [] } })` → e.g. "7c5ddbdf54"
 */
export function podTemplateHash(template: unknown): string {
  const json = canonicalJson(template);
  return safeEncode(fnv1a(json), 5) + safeEncode(fnv1a(json, 0x2b7e1516), 5);
}
