import { expect, test } from "vitest";
import { nextArgoRefresh, parseGoDuration } from "@/lib/reconciler/refresh-schedule";

test("Argo CD refreshes 120 s after the last refresh plus up to 60 s of jitter, the same on every replay", () => {
  const times = Array.from({ length: 200 }, (_, count) => nextArgoRefresh({ seed: "scenario-1", app: "web", lastRefreshAt: 1_000, count }));
  for (const time of times) {
    expect(time).toBeGreaterThanOrEqual(121_000);
    expect(time).toBeLessThan(181_000);
  }
  // The jitter really varies (it is not a constant) and spreads over the window.
  expect(new Set(times).size).toBeGreaterThan(150);
  expect(Math.min(...times)).toBeLessThan(131_000);
  expect(Math.max(...times)).toBeGreaterThan(171_000);
  expect(times).toEqual(Array.from({ length: 200 }, (_, count) => nextArgoRefresh({ seed: "scenario-1", app: "web", lastRefreshAt: 1_000, count })));
  expect(nextArgoRefresh({ seed: "scenario-2", app: "web", lastRefreshAt: 1_000, count: 0 })).not.toBe(times[0]);
});

test.each([
  ["10m", 600_000],
  ["1h30m", 5_400_000],
  ["45s", 45_000],
  ["500ms", 500],
  ["1m30s", 90_000],
])("Flux interval %s is %d ms", (text, ms) => {
  expect(parseGoDuration(text)).toBe(ms);
});

test.each(["", "10", "5 minutes", "10m garbage"])("%j is not a duration", (text) => {
  expect(parseGoDuration(text)).toBeUndefined();
});
