import { expect, test } from "vitest";
import { areasFor, canOpen, isRole, ROLES } from "@/lib/auth/roles";

test("who opens which area", () => {
  const table = Object.fromEntries(ROLES.map((role) => [role, (["admin", "instructor", "author"] as const).filter((area) => canOpen(role, area))]));
  expect(table).toEqual({
    learner: [],
    instructor: ["instructor"],
    author: ["author"],
    admin: ["admin", "instructor", "author"],
  });
});

test("areasFor lists the navigation of a role", () => {
  expect(areasFor("learner")).toEqual([]);
  expect(areasFor("admin")).toEqual(["admin", "instructor", "author"]);
});

test("isRole accepts exactly the four roles", () => {
  expect(ROLES.every(isRole)).toBe(true);
  expect(isRole("root")).toBe(false);
  expect(isRole(undefined)).toBe(false);
});
