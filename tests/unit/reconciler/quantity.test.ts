import { expect, test } from "vitest";
import { quantitiesEqual, quantityValue } from "@/lib/reconciler/quantity";

test.each([
  ["1000m", "1"],
  ["3072Mi", "3Gi"],
  ["0.5", "500m"],
  ["1e3", "1k"],
  ["128974848", "123Mi"],
  ["1.5Gi", "1536Mi"],
])("%s equals %s", (a, b) => {
  expect(quantitiesEqual(a, b)).toBe(true);
});

test.each([
  ["1", "2"],
  ["1Gi", "1G"],
  ["100m", "1"],
  ["abc", "abc"],
])("%s differs from %s", (a, b) => {
  expect(quantitiesEqual(a, b)).toBe(false);
});

test("non-quantities have no value", () => {
  expect(quantityValue("shop/web:1.4")).toBeUndefined();
  expect(quantityValue("12Qi")).toBeUndefined();
});
