import { expect, test } from "vitest";
import { describeNextReconcile, elapsedOrigin, formatClockTime, formatDuration, formatElapsed, isoTime } from "@/components/sandbox/timeline/timeline-format";

const T0 = Date.UTC(2024, 0, 1, 9, 5, 7);

test("clock time is HH:MM:SS in UTC, whole seconds", () => {
  expect(formatClockTime(T0)).toBe("09:05:07");
  expect(formatClockTime(T0 + 999)).toBe("09:05:07");
  expect(formatClockTime(Date.UTC(2024, 0, 1, 23, 59, 59))).toBe("23:59:59");
  expect(formatClockTime(Date.UTC(2024, 0, 2))).toBe("00:00:00");
  expect(formatClockTime(0)).toBe("00:00:00");
  expect(formatClockTime(-1000)).toBe("23:59:59");
});

test("elapsed time is T+mm:ss, with hours once past an hour, never negative", () => {
  expect(formatElapsed(0)).toBe("T+00:00");
  expect(formatElapsed(100_000)).toBe("T+01:40");
  expect(formatElapsed(59 * 60_000 + 59_999)).toBe("T+59:59");
  expect(formatElapsed(3_723_000)).toBe("T+1:02:03");
  expect(formatElapsed(-5000)).toBe("T+00:00");
});

test("durations are short and rounded up to whole seconds", () => {
  expect(formatDuration(100_000)).toBe("1m 40s");
  expect(formatDuration(180_000)).toBe("3m");
  expect(formatDuration(45_000)).toBe("45s");
  expect(formatDuration(400)).toBe("1s");
  expect(formatDuration(0)).toBe("0s");
  expect(formatDuration(2 * 3_600_000 + 5 * 60_000 + 30_000)).toBe("2h 5m");
  expect(formatDuration(3_600_000)).toBe("1h");
});

test("the Step button's title says when the next reconcile is due", () => {
  expect(describeNextReconcile(T0, T0 + 100_000)).toBe("Next reconcile in 1m 40s");
  expect(describeNextReconcile(T0, T0)).toBe("Next reconcile is due now");
  expect(describeNextReconcile(T0, T0 - 1000)).toBe("Next reconcile is due now");
  expect(describeNextReconcile(T0, null)).toBe("No reconcile is scheduled");
});

test("T+ counts from the first event or the earliest time seen, whichever is earlier", () => {
  expect(elapsedOrigin([], T0)).toBe(T0);
  expect(elapsedOrigin([{ time: T0 - 30_000 }, { time: T0 - 10_000 }], T0)).toBe(T0 - 30_000);
  expect(elapsedOrigin([{ time: T0 + 5000 }], T0)).toBe(T0);
});

test("isoTime is the <time> element's machine-readable value", () => {
  expect(isoTime(T0)).toBe("2024-01-01T09:05:07.000Z");
  expect(isoTime(Number.NaN)).toBeUndefined();
  expect(isoTime(8.64e15 + 1)).toBeUndefined();
});
