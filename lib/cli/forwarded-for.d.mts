export function normalizePeerAddress(address: string | undefined): string;
export function forwardedForFor(existing: string | string[] | undefined, peer: string, trustedProxies: ReadonlySet<string>): string;
export function parseTrustedProxies(value: string | undefined): Set<string>;
