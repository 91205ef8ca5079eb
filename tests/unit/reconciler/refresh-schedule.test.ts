import { expect, test } from "vitest";
import { nextArgoRefresh, nextFluxRun, parseGoDuration } from "@/lib/reconciler/refresh-schedule";

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

test("Flux runs every interval ± 5%, seeded", () => {
  const runs = Array.from({ length: 200 }, (_, i) => nextFluxRun({ seed: "s", object: "Kustomization/apps", at: i * 1_000, intervalMs: 600_000 }) - i * 1_000);
  for (const delay of runs) {
    expect(delay).toBeGreaterThanOrEqual(570_000);
    expect(delay).toBeLessThanOrEqual(630_000);
  }
  expect(Math.min(...runs)).toBeLessThan(580_000);
  expect(Math.max(...runs)).toBeGreaterThan(620_000);
  expect(nextFluxRun({ seed: "s", object: "Kustomization/apps", at: 5_000, intervalMs: 600_000 })).toBe(nextFluxRun({ seed: "s", object: "Kustomization/apps", at: 5_000, intervalMs: 600_000 }));
});
