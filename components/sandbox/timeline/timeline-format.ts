// Simulated time as the timeline shows it. The clock is the simulation's, not the learner's, so
// everything is UTC and computed from numbers (no locale, no time zone, same text everywhere).

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (value: number) => String(value).padStart(2, "0");

/** Wall-clock time of day in UTC: `formatClockTime(Date.UTC(2024, 0, 1, 9, 5, 7))` is "09:05:07". */
export function formatClockTime(ms: number): string {
  const ofDay = ((Math.floor(ms / SECOND) * SECOND) % DAY + DAY) % DAY;
  return `${pad(Math.floor(ofDay / HOUR))}:${pad(Math.floor((ofDay % HOUR) / MINUTE))}:${pad(Math.floor((ofDay % MINUTE) / SECOND))}`;
}

/** Time since the start: "T+01:40", and "T+1:02:03" past an hour. Never negative. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / SECOND);
  const hours = Math.floor(seconds / 3600);
  const rest = `${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  return hours > 0 ? `T+${hours}:${rest}` : `T+${rest}`;
}

/** A short duration for a title, rounded up to whole seconds: "1m 40s", "45s", "2h 5m". */
export function formatDuration(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / SECOND);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
  if (minutes > 0) return rest > 0 ? `${minutes}m ${rest}s` : `${minutes}m`;
  return `${rest}s`;
}

/** The Step button's title: "Next reconcile in 1m 40s". */
export function describeNextReconcile(now: number, nextReconcileAt: number | null): string {
  if (nextReconcileAt === null) return "No reconcile is scheduled";
  if (nextReconcileAt <= now) return "Next reconcile is due now";
  return `Next reconcile in ${formatDuration(nextReconcileAt - now)}`;
}

/**
 * Where "T+" counts from: the earliest of the first event and the earliest time seen for the
 * scenario (the view does not carry the scenario's start, and old events may have been dropped).
 */
export function elapsedOrigin(events: readonly { time: number }[], earliestSeen: number): number {
  return events.reduce((earliest, event) => Math.min(earliest, event.time), earliestSeen);
}

/** ISO 8601 for a <time dateTime>, or undefined for a time no Date can hold. */
export function isoTime(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
