// Progress kept in the browser: a signed-out visitor's ticks (merged into the account at
// sign-in), and a signed-in learner's ticks the server has not acknowledged yet (sent again).
export interface LocalTick {
  moduleId: string;
  itemId: string;
  done: boolean;
}

const GUEST_KEY = "reconcile-guest-progress-v1";
const PENDING_KEY = "reconcile-pending-ticks-v1";

function read(key: string): LocalTick[] {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? "[]");
    return Array.isArray(value) ? value.filter((tick) => tick && typeof tick.moduleId === "string" && typeof tick.itemId === "string" && typeof tick.done === "boolean") : [];
  } catch {
    return [];
  }
}

function write(key: string, ticks: LocalTick[]): void {
  try {
    if (ticks.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(ticks));
  } catch {
    // Storage full or disabled: the tick stays on screen; nothing else to do here.
  }
}

/** Replaces any earlier tick of the same item. */
function upsert(ticks: LocalTick[], tick: LocalTick): LocalTick[] {
  return [...ticks.filter((other) => other.moduleId !== tick.moduleId || other.itemId !== tick.itemId), tick];
}

export const guestProgress = {
  all: () => read(GUEST_KEY),
  record: (tick: LocalTick) => write(GUEST_KEY, upsert(read(GUEST_KEY), tick)),
  clear: () => write(GUEST_KEY, []),
};

export const pendingTicks = {
  all: () => read(PENDING_KEY),
  add: (tick: LocalTick) => write(PENDING_KEY, upsert(read(PENDING_KEY), tick)),
  remove: (sent: readonly LocalTick[]) =>
    write(
      PENDING_KEY,
      read(PENDING_KEY).filter((tick) => !sent.some((other) => other.moduleId === tick.moduleId && other.itemId === tick.itemId && other.done === tick.done)),
    ),
};

/** PUT ticks to the server; true when acknowledged, false to retry, "rejected" when refused for good. */
export async function sendTicks(ticks: LocalTick[]): Promise<true | false | "rejected"> {
  try {
    const response = await fetch("/api/progress/checklist", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ ticks }) });
    if (response.ok) return true;
    return response.status === 400 || response.status === 404 ? "rejected" : false;
  } catch {
    return false;
  }
}

/**
 * Sends a signed-out visitor's ticks to the account that just signed in, and forgets them here
 * once the server has them (or has refused them for good: items that no longer exist).
 * Called by the sign-in and sign-up forms before they navigate, so the next page already
 * shows the merged progress.
 */
export async function mergeGuestProgress(): Promise<void> {
  const ticks = guestProgress.all().filter((tick) => tick.done);
  if (ticks.length === 0) return;
  const result = await sendTicks(ticks);
  if (result !== false) guestProgress.clear();
}
