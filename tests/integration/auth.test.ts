import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Database } from "@/lib/db/prisma-client";
import { makeAuth, openDatabase, post, sessionCookieOf, signUp, uniqueAddress, uniqueEmail } from "./auth-harness";

let db: Database;
beforeAll(() => {
  db = openDatabase(inject("databaseUrl"));
});
afterAll(async () => {
  await db.$disconnect();
});

test("sign-up creates a learner and a session cookie that is httpOnly and SameSite=Lax", async () => {
  const auth = makeAuth(db);
  const email = uniqueEmail("new");
  const response = await post(auth, "/sign-up/email", { name: "Nia New", email, password: "long enough password" });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith("better-auth.session_token="));
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  expect(cookie).not.toMatch(/Secure/i);
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { accounts: true } });
  expect(user.role).toBe("learner");
  expect(user.accounts).toHaveLength(1);
  expect(user.accounts[0].password).not.toContain("long enough password");
});

test("in production the session cookie is Secure (and __Secure- prefixed)", async () => {
  const auth = makeAuth(db, { secureCookies: true });
  const response = await post(auth, "/sign-up/email", { name: "Sam Secure", email: uniqueEmail("secure"), password: "long enough password" });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith("__Secure-better-auth.session_token="));
  expect(cookie).toMatch(/; Secure/i);
  expect(cookie).toMatch(/HttpOnly/i);
});

test("a role sent with sign-up is ignored", async () => {
  const auth = makeAuth(db);
  const email = uniqueEmail("sneaky");
  const response = await post(auth, "/sign-up/email", { name: "Sneaky", email, password: "long enough password", role: "admin" });
  // better-auth refuses a field that is not an input, or drops it; either way no admin.
  const user = await db.user.findUnique({ where: { email } });
  expect(user === null || user.role === "learner").toBe(true);
  expect([200, 400]).toContain(response.status);
});

test("sign-up with an invalid email is refused with a code and leaves no row", async () => {
  const auth = makeAuth(db);
  const response = await post(auth, "/sign-up/email", { name: "Bad Email", email: "not-an-email", password: "long enough password" });
  expect(response.status).toBe(400);
  expect((await response.json()).code).toMatch(/INVALID_EMAIL|VALIDATION_ERROR/);
  expect(await db.user.count({ where: { name: "Bad Email" } })).toBe(0);
});

test("sign-up with a short password is refused and leaves no half-created account", async () => {
  const auth = makeAuth(db);
  const email = uniqueEmail("short");
  const response = await post(auth, "/sign-up/email", { name: "Short", email, password: "short" });
  expect(response.status).toBe(400);
  expect((await response.json()).code).toBe("PASSWORD_TOO_SHORT");
  expect(await db.user.count({ where: { email } })).toBe(0);
  expect(await db.account.count({ where: { user: { email } } })).toBe(0);
});

test("sign-up with a taken email is refused (422) and the first account is untouched", async () => {
  const auth = makeAuth(db);
  const email = uniqueEmail("taken");
  await signUp(auth, "First Owner", email);
  const response = await post(auth, "/sign-up/email", { name: "Second", email, password: "another long password" });
  expect(response.status).toBe(422);
  const users = await db.user.findMany({ where: { email } });
  expect(users.map((user) => user.name)).toEqual(["First Owner"]);
});

test("sign-in: a wrong password is 401, the right one gives a session", async () => {
  const auth = makeAuth(db);
  const email = uniqueEmail("signin");
  await signUp(auth, "Sign In", email, "the right password");
  const wrong = await post(auth, "/sign-in/email", { email, password: "the wrong password" });
  expect(wrong.status).toBe(401);
  expect((await wrong.json()).code).toBe("INVALID_EMAIL_OR_PASSWORD");
  const right = await post(auth, "/sign-in/email", { email, password: "the right password" });
  expect(right.status).toBe(200);
  const session = await auth.api.getSession({ headers: new Headers({ cookie: sessionCookieOf(right) }) });
  expect(session?.user.email).toBe(email);
});

test("sign-out ends the session", async () => {
  const auth = makeAuth(db);
  const cookie = await signUp(auth, "Leaving", uniqueEmail("out"));
  const response = await post(auth, "/sign-out", {}, { cookie });
  expect(response.status).toBe(200);
  expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
});

test("sign-in attempts are limited per address: the sixth in a minute gets 429, another address does not", async () => {
  const auth = makeAuth(db, { max: 5 });
  const email = uniqueEmail("limited");
  await signUp(auth, "Limited", email, "the right password");
  const address = uniqueAddress();
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    statuses.push((await post(auth, "/sign-in/email", { email, password: "guess number " + attempt }, { address })).status);
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  const blocked = await post(auth, "/sign-in/email", { email, password: "the right password" }, { address });
  expect(blocked.status).toBe(429);
  expect(Number(blocked.headers.get("X-Retry-After"))).toBeGreaterThan(0);
  const elsewhere = await post(auth, "/sign-in/email", { email, password: "the right password" }, { address: uniqueAddress() });
  expect(elsewhere.status).toBe(200);
  // Kept in the database, so every replica behind a load balancer sees the same count.
  expect(await db.rateLimit.count({ where: { key: { startsWith: `${address}|` } } })).toBe(1);
});

test("a sign-in posted from another origin is refused", async () => {
  const auth = makeAuth(db);
  const email = uniqueEmail("csrf");
  await signUp(auth, "Csrf", email, "the right password");
  const response = await post(auth, "/sign-in/email", { email, password: "the right password" }, { origin: "https://evil.example" });
  expect(response.status).toBe(403);
});
