import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { authorizeRequest } from "@/lib/auth/authorize-request.server";
import { changeUserRole } from "@/lib/auth/change-user-role";
import type { Auth } from "@/lib/auth/create-auth.server";
import { AREA_ROLES, ROLES, type Area, type Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Database } from "@/lib/db/prisma-client";
import { makeAuth, openDatabase, signUp, uniqueEmail } from "./auth-harness";

let db: Database;
let auth: Auth;
const people = {} as Record<Role, { user: SessionUser; cookie: string }>;

beforeAll(async () => {
  db = openDatabase(inject("databaseUrl"));
  auth = makeAuth(db, { max: 1000 });
  for (const role of ROLES) {
    const email = uniqueEmail(role);
    const cookie = await signUp(auth, `The ${role}`, email);
    const row = await db.user.update({ where: { email }, data: { role } });
    people[role] = { user: { id: row.id, name: row.name, email, role }, cookie };
  }
});
afterAll(async () => {
  await db.$disconnect();
});

async function newLearner(): Promise<string> {
  const email = uniqueEmail("target");
  await signUp(auth, "Target Person", email);
  return (await db.user.findUniqueOrThrow({ where: { email } })).id;
}

describe("changeUserRole", () => {
  for (const role of ["learner", "instructor", "author"] as const) {
    test(`a ${role} cannot change anyone's role, and nothing changes`, async () => {
      const target = await newLearner();
      const result = await changeUserRole(db, people[role].user, { userId: target, role: "admin" });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect((await db.user.findUniqueOrThrow({ where: { id: target } })).role).toBe("learner");
    });
  }

  test("an admin promotes a learner to instructor", async () => {
    const target = await newLearner();
    const result = await changeUserRole(db, people.admin.user, { userId: target, role: "instructor" });
    expect(result).toEqual({ ok: true, role: "instructor", message: "Target Person is now an instructor." });
    expect((await db.user.findUniqueOrThrow({ where: { id: target } })).role).toBe("instructor");
  });

  test("an unknown role is refused with a message on the field", async () => {
    const target = await newLearner();
    const result = await changeUserRole(db, people.admin.user, { userId: target, role: "superuser" });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", field: "role" });
    expect((await db.user.findUniqueOrThrow({ where: { id: target } })).role).toBe("learner");
  });

  test("an unknown user is reported, not created", async () => {
    const result = await changeUserRole(db, people.admin.user, { userId: "no-such-user", role: "author" });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  test("the last admin cannot be demoted; with a second admin it can", async () => {
    // Make this admin the only one for the duration of the check.
    const others = await db.user.findMany({ where: { role: "admin", NOT: { id: people.admin.user.id } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((other) => other.id) } }, data: { role: "learner" } });
    try {
      const refused = await changeUserRole(db, people.admin.user, { userId: people.admin.user.id, role: "learner" });
      expect(refused).toMatchObject({ ok: false, code: "LAST_ADMIN" });
      expect((await db.user.findUniqueOrThrow({ where: { id: people.admin.user.id } })).role).toBe("admin");

      const second = await newLearner();
      await changeUserRole(db, people.admin.user, { userId: second, role: "admin" });
      const demoted = await changeUserRole(db, people.admin.user, { userId: second, role: "author" });
      expect(demoted).toMatchObject({ ok: true, role: "author" });
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((other) => other.id) } }, data: { role: "admin" } });
    }
  });
});

describe("authorizeRequest (route handlers)", () => {
  test("no session cookie: 401 for every area", async () => {
    for (const area of [null, ...Object.keys(AREA_ROLES)] as (Area | null)[]) {
      const result = await authorizeRequest(auth, new Headers(), area);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.response.status).toBe(401);
        expect(await result.response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in first." } });
      }
    }
  });

  for (const role of ROLES) {
    test(`a ${role} is let into exactly the areas of the role`, async () => {
      const headers = new Headers({ cookie: people[role].cookie });
      const signedIn = await authorizeRequest(auth, headers, null);
      expect(signedIn.ok && signedIn.user.id).toBe(people[role].user.id);
      for (const area of Object.keys(AREA_ROLES) as Area[]) {
        const result = await authorizeRequest(auth, headers, area);
        const allowed = (AREA_ROLES[area] as readonly Role[]).includes(role);
        expect(result.ok, `${role} → ${area}`).toBe(allowed);
        if (!result.ok) expect(result.response.status).toBe(403);
      }
    });
  }

  test("a role change applies to the very next request (it is read from the database)", async () => {
    const email = uniqueEmail("promoted");
    const cookie = await signUp(auth, "Promoted", email);
    const headers = new Headers({ cookie });
    expect((await authorizeRequest(auth, headers, "instructor")).ok).toBe(false);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await changeUserRole(db, people.admin.user, { userId: user.id, role: "instructor" });
    expect((await authorizeRequest(auth, headers, "instructor")).ok).toBe(true);
  });
});
