// The timeline panel: the world's newest events, oldest first, capped so a long session does
// not send the UI thousands of lines on every change.
import type { WorldState } from "@/lib/reconciler/world/world-state";
import type { EventView } from "../view-schema";

export const DEFAULT_EVENT_LIMIT = 300;

/** @example eventViews(world, 2) // the last two events, the newest last */
export function eventViews(world: WorldState, limit = DEFAULT_EVENT_LIMIT): EventView[] {
  const start = Math.max(0, world.events.length - Math.max(0, Math.floor(limit)));
  return world.events.slice(start).map((event) => ({
    seq: event.seq,
    time: event.time,
    source: event.source,
    cluster: event.cluster,
    object: event.object,
    type: event.type,
    reason: event.reason,
    message: event.message,
  }));
}
