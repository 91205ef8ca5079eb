import { expect, test } from "vitest";
import { safeReturnPath } from "@/lib/auth/safe-return-path";

test.each([
  ["/instructor", "/instructor"],
  ["/modules/drift-detection?tab=quiz", "/modules/drift-detection?tab=quiz"],
  ["//evil.example/path", "/"],
  ["/\\evil.example", "/"],
  ["https://evil.example", "/"],
  ["javascript:alert(1)", "/"],
  ["", "/"],
  [undefined, "/"],
])("%s → %s", (input, expected) => {
  expect(safeReturnPath(input)).toBe(expected);
});
