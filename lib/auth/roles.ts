// The four roles and what each may open. Pure data and functions, so the same rules are used
// by pages, route handlers, server actions and their tests.

export const ROLES = ["learner", "instructor", "author", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Areas of the product behind a role; an admin may open every one of them. */
export const AREA_ROLES = {
  admin: ["admin"],
  instructor: ["instructor", "admin"],
  author: ["author", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

export const ROLE_LABELS: Record<Role, string> = {
  learner: "Learner",
  instructor: "Instructor",
  author: "Author",
  admin: "Admin",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** @example hasRole("admin", ["instructor", "admin"]) // true */
export function hasRole(role: Role, allowed: readonly Role[]): boolean {
  return allowed.includes(role);
}

/** @example canOpen("instructor", "admin") // false */
export function canOpen(role: Role, area: Area): boolean {
  return hasRole(role, AREA_ROLES[area]);
}

/** The areas a role may open, for navigation. */
export function areasFor(role: Role): Area[] {
  return (Object.keys(AREA_ROLES) as Area[]).filter((area) => canOpen(role, area));
}
