"use client";
// The events of every cluster, newest first, under a filter bar that stays in view while the
// list scrolls. A warning says "Warning" in words beside its icon, not only in colour.
import { useId, useMemo, useState } from "react";
import type { EventView } from "@/lib/sandbox/view-schema";
import { describeEventCount, distinctValues, filterEvents, isFiltering, NO_EVENT_FILTER, type EventFilter } from "./event-filter";
import { formatClockTime, isoTime } from "./timeline-format";

interface EventListProps {
  events: readonly EventView[];
  /** Every cluster of the scenario, so the cluster filter appears before the first event. */
  clusterNames: readonly string[];
}

/** The options of a filter, keeping the chosen value even when no event has it any more. */
function optionsWith(values: readonly string[], chosen: string | null): string[] {
  return chosen === null || values.includes(chosen) ? [...values] : [...values, chosen].sort((a, b) => a.localeCompare(b, "en"));
}

function EventRow({ event, showCluster }: { event: EventView; showCluster: boolean }) {
  const warning = event.type === "Warning";
  return (
    <li className={warning ? "sbx-time-event is-warning" : "sbx-time-event"}>
      <div className="sbx-time-event-head">
        <time dateTime={isoTime(event.time)} className="sbx-time-event-time">
          {formatClockTime(event.time)}
        </time>
        <span className="sbx-time-type">
          <span aria-hidden="true">{warning ? "⚠\uFE0E" : "•"}</span> {event.type}
        </span>
        <span className="sbx-time-reason">{event.reason}</span>
        <span className="sbx-time-object">{event.object}</span>
        {showCluster ? <span className="sbx-time-meta">{event.cluster}</span> : null}
        <span className="sbx-time-meta">{event.source}</span>
      </div>
      <p className="sbx-time-message">{event.message}</p>
    </li>
  );
}

export function EventList({ events, clusterNames }: EventListProps) {
  const [filter, setFilter] = useState<EventFilter>(NO_EVENT_FILTER);
  const ids = { type: useId(), source: useId(), cluster: useId(), text: useId() };
  const sources = useMemo(() => distinctValues(events, "source"), [events]);
  const clusters = useMemo(() => [...new Set([...clusterNames, ...distinctValues(events, "cluster")])].sort((a, b) => a.localeCompare(b, "en")), [events, clusterNames]);
  const result = useMemo(() => filterEvents(events, filter), [events, filter]);
  const showCluster = clusters.length > 1;
  const update = (change: Partial<EventFilter>) => setFilter((current) => ({ ...current, ...change }));

  return (
    <div className="sbx-time-events">
      <div className="sbx-time-filters" role="search" aria-label="Filter events">
        <fieldset className="sbx-time-segments">
          <legend className="sbx-time-sr">Event type</legend>
          {(
            [
              ["all", "All"],
              ["warnings", "Warnings only"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="sbx-time-segment">
              <input type="radio" name={ids.type} value={value} checked={filter.type === value} onChange={() => update({ type: value })} />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <label htmlFor={ids.source} className="sbx-time-sr">
          Source
        </label>
        <select id={ids.source} className="sbx-time-select" value={filter.source ?? ""} onChange={(event) => update({ source: event.target.value || null })}>
          <option value="">All sources</option>
          {optionsWith(sources, filter.source).map((source) => (
            <option key={source} value={source}>
              {source}
            </option>
          ))}
        </select>
        {showCluster ? (
          <>
            <label htmlFor={ids.cluster} className="sbx-time-sr">
              Cluster
            </label>
            <select id={ids.cluster} className="sbx-time-select" value={filter.cluster ?? ""} onChange={(event) => update({ cluster: event.target.value || null })}>
              <option value="">All clusters</option>
              {optionsWith(clusters, filter.cluster).map((cluster) => (
                <option key={cluster} value={cluster}>
                  {cluster}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label htmlFor={ids.text} className="sbx-time-sr">
          Search events
        </label>
        <input id={ids.text} className="sbx-time-search" type="search" placeholder="Search events" value={filter.text} onChange={(event) => update({ text: event.target.value })} />
        <span className="sbx-time-count">{describeEventCount(result)}</span>
        {isFiltering(filter) ? (
          <button type="button" className="sbx-time-button sbx-time-small" onClick={() => setFilter(NO_EVENT_FILTER)}>
            Clear filters
          </button>
        ) : null}
      </div>
      {result.shown.length > 0 ? (
        <ol className="sbx-time-list" aria-label="Events, newest first">
          {result.shown.map((event) => (
            <EventRow key={event.seq} event={event} showCluster={showCluster} />
          ))}
        </ol>
      ) : (
        <p className="sbx-time-empty">{events.length === 0 ? "No events yet. Commit a change or run a command, then let the clock run." : "No event matches these filters."}</p>
      )}
    </div>
  );
}
