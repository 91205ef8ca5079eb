// Which events the timeline lists: newest first, narrowed by type, source, cluster and words.

import type { EventView } from "@/lib/sandbox/view-schema";

export interface EventFilter {
  type: "all" | "warnings";
  /** A source to keep, or null for every source. */
  source: string | null;
  cluster: string | null;
  /** Words that must all appear (any case) in the source, cluster, object, reason or message. */
  text: string;
}

export const NO_EVENT_FILTER: EventFilter = { type: "all", source: null, cluster: null, text: "" };

/** Rendering thousands of rows makes the page sluggish; the newest matches are what a learner reads. */
export const EVENT_RENDER_LIMIT = 300;

export interface FilteredEvents {
  /** The newest matches first, at most `limit`. */
  shown: EventView[];
  /** How many events match, before the limit. */
  matched: number;
  total: number;
}

export function isFiltering(filter: EventFilter): boolean {
  return filter.type !== "all" || filter.source !== null || filter.cluster !== null || filter.text.trim() !== "";
}

function matchesWords(event: EventView, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = `${event.source}\n${event.cluster}\n${event.object}\n${event.reason}\n${event.message}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** `filterEvents(view.events, { ...NO_EVENT_FILTER, type: "warnings" })`: the warnings, newest first. */
export function filterEvents(events: readonly EventView[], filter: EventFilter, limit = EVENT_RENDER_LIMIT): FilteredEvents {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = events.filter(
    (event) =>
      (filter.type === "all" || event.type === "Warning") &&
      (filter.source === null || event.source === filter.source) &&
      (filter.cluster === null || event.cluster === filter.cluster) &&
      matchesWords(event, words),
  );
  // `matches` is a new array, so sorting it in place leaves the view's events untouched.
  const newestFirst = matches.sort((a, b) => b.seq - a.seq);
  return { shown: newestFirst.slice(0, Math.max(0, limit)), matched: matches.length, total: events.length };
}

/** The distinct values of one field, sorted, for a filter's options. */
export function distinctValues(events: readonly EventView[], field: "source" | "cluster"): string[] {
  return [...new Set(events.map((event) => event[field]))].sort((a, b) => a.localeCompare(b, "en"));
}

/** "42 events (12 shown)"; just "42 events" when every one is listed. */
export function describeEventCount({ total, matched, shown }: FilteredEvents): string {
  const count = `${total} ${total === 1 ? "event" : "events"}`;
  if (shown.length === total) return count;
  if (matched > shown.length) return `${count} (${shown.length} of ${matched} matches shown)`;
  return `${count} (${shown.length} shown)`;
}
