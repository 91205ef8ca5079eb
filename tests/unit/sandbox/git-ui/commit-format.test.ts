import { expect, test } from "vitest";
import { formatAbsoluteTime, formatRelativeTime, shortOid, subjectOf } from "@/components/sandbox/git/commit-format";

const now = Date.UTC(2026, 0, 15, 12, 0, 0);
const secondsAgo = (seconds: number) => now / 1000 - seconds;

test("times read relative to the simulated clock", () => {
  expect(formatRelativeTime(secondsAgo(20), now)).toBe("just now");
  expect(formatRelativeTime(secondsAgo(60), now)).toBe("1 minute ago");
  expect(formatRelativeTime(secondsAgo(125), now)).toBe("2 minutes ago");
  expect(formatRelativeTime(secondsAgo(3 * 3600), now)).toBe("3 hours ago");
  expect(formatRelativeTime(secondsAgo(86_400), now)).toBe("1 day ago");
});

test("old and future times read as dates", () => {
  expect(formatRelativeTime(secondsAgo(40 * 86_400), now)).toBe("2025-12-06");
  expect(formatRelativeTime(secondsAgo(-60), now)).toBe("2026-01-15");
  expect(formatAbsoluteTime(now / 1000)).toBe("2026-01-15 12:00 UTC");
});

test("short SHAs and subjects", () => {
  expect(shortOid("5f1c2e9a0b7d")).toBe("5f1c2e9");
  expect(subjectOf("Scale web to 3\n\nBecause traffic.\n")).toBe("Scale web to 3");
});
