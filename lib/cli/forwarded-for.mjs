// Who is the client? better-auth's rate limiter keys on X-Forwarded-For, which a client can
// write itself. The server therefore rewrites it from the TCP peer before Next sees it.

/** "::ffff:10.0.0.1" → "10.0.0.1": IPv4 peers on a dual-stack socket carry a v6 prefix. */
export function normalizePeerAddress(address) {
  const value = address ?? "";
  return value.startsWith("::ffff:") ? value.slice(7) : value;
}

/**
 * The X-Forwarded-For the app should see. A trusted proxy's chain is kept and the proxy
 * appended (better-auth, given the same TRUSTED_PROXIES, walks it from the right); from
 * anyone else the header is replaced by the peer address.
 * @param {string | string[] | undefined} existing
 * @param {string} peer
 * @param {ReadonlySet<string>} trustedProxies
 * @example forwardedForFor("6.6.6.6", "203.0.113.9", new Set()) // "203.0.113.9"
 */
export function forwardedForFor(existing, peer, trustedProxies) {
  if (existing && trustedProxies.has(peer)) {
    return `${Array.isArray(existing) ? existing.join(", ") : existing}, ${peer}`;
  }
  return peer;
}

/** TRUSTED_PROXIES="10.0.0.2, 10.0.0.3" → Set */
export function parseTrustedProxies(value) {
  return new Set(
    (value ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
}
