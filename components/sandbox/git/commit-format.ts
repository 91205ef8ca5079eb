// How commits read in the panel: short SHAs, subjects, times relative to the sandbox's
// simulated clock (never the wall clock, so the same state always reads the same).

/** git's default abbreviation. */
export function shortOid(oid: string): string {
  return oid.slice(0, 7);
}

/** The first line of a commit message. */
export function subjectOf(message: string): string {
  return message.split("\n", 1)[0].trim();
}

/**
 * A UTC timestamp, minute precision.
 * @example formatAbsoluteTime(0) // "1970-01-01 00:00 UTC"
 */
export function formatAbsoluteTime(seconds: number): string {
  return `${new Date(seconds * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * How long ago, in words, against the simulated clock; the date past 30 days or in the future.
 * @example formatRelativeTime(1_000, 1_000_000 + 120_000) // "2 minutes ago"
 */
export function formatRelativeTime(seconds: number, nowMs: number): string {
  const elapsed = Math.floor(nowMs / 1000) - seconds;
  if (elapsed < 0 || elapsed >= 30 * 86_400) return formatAbsoluteTime(seconds).slice(0, 10);
  if (elapsed < 60) return "just now";
  if (elapsed < 3_600) return plural(Math.floor(elapsed / 60), "minute");
  if (elapsed < 86_400) return plural(Math.floor(elapsed / 3_600), "hour");
  return plural(Math.floor(elapsed / 86_400), "day");
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"} ago`;
}
