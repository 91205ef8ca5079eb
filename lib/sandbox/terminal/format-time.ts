// Times as the CLIs print them, computed from the simulated clock only.

/**
 * kubectl's AGE column (k8s.io/apimachinery duration.HumanDuration): seconds up to 2 minutes,
 * then minutes (with seconds under 10 minutes), hours (with minutes under 8 hours), days, years.
 * @example humanDuration(200_000) // "3m20s"
 */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return "<invalid>";
  if (seconds < 0) return "0s";
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(seconds / 3600);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 8) return hours % 24 === 0 ? `${days}d` : `${days}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.floor(days / 365);
  if (hours < 24 * 365 * 8) return days % 365 === 0 ? `${years}y` : `${years}y${days % 365}d`;
  return `${years}y`;
}

/** The AGE of an object created at `timestamp` (RFC 3339), or "<unknown>". */
export function ageOf(timestamp: string | undefined, now: number): string {
  const created = timestamp ? Date.parse(timestamp) : Number.NaN;
  return Number.isNaN(created) ? "<unknown>" : humanDuration(now - created);
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (value: number) => String(value).padStart(2, "0");

function clock(date: Date): string {
  return `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
}

/** kubectl describe's timestamps (RFC 1123 with a numeric zone): "Thu, 01 Jan 2026 00:00:05 +0000". */
export function rfc1123(ms: number): string {
  const date = new Date(ms);
  return `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${clock(date)} +0000`;
}

/** Go's time.Time String() in UTC, as argocd prints dates: "2026-01-01 00:00:05 +0000 UTC". */
export function goTime(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${clock(date)} +0000 UTC`;
}

/** RFC 3339 with nanoseconds, trailing zeros dropped (Go's time.RFC3339Nano), as Flux stamps requestedAt. */
export function rfc3339Nano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, "Z").replace(/\.Z$/, "Z");
}
