// better-auth exactly as the app configures it, against the integration database, called
// through its real HTTP handler (so origin checks, validation and rate limits all apply).
import { randomBytes } from "node:crypto";
import { createAuth, type Auth } from "@/lib/auth/create-auth.server";
import { createPrismaClient, type Database } from "@/lib/db/prisma-client";

export const ORIGIN = "http://localhost:3000";

export function makeAuth(db: Database, overrides: { secureCookies?: boolean; max?: number } = {}): Auth {
  return createAuth({
    db,
    secret: randomBytes(32).toString("base64url"),
    baseURL: ORIGIN,
    trustedOrigins: [ORIGIN],
    trustedProxies: [],
    secureCookies: overrides.secureCookies ?? false,
    rateLimit: { max: overrides.max ?? 5, windowSeconds: 60 },
  });
}

export function openDatabase(url: string): Database {
  return createPrismaClient(url, 4);
}

/** A unique address per call, so tests and their rate-limit buckets do not collide. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(5).toString("hex")}@example.test`;
}

let addressCounter = 0;
/** A distinct client address per call (TEST-NET-3), standing for a distinct visitor. */
export function uniqueAddress(): string {
  addressCounter += 1;
  return `203.0.113.${(addressCounter % 250) + 1}`;
}

export interface CallOptions {
  address?: string;
  origin?: string;
  cookie?: string;
}

export async function post(auth: Auth, path: string, body: unknown, options: CallOptions = {}): Promise<Response> {
  return auth.handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: options.origin ?? ORIGIN,
        "x-forwarded-for": options.address ?? uniqueAddress(),
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
}

/** The cookie header a browser would send back after this response. */
export function sessionCookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

export async function signUp(auth: Auth, name: string, email: string, password = "correct horse battery"): Promise<string> {
  const response = await post(auth, "/sign-up/email", { name, email, password });
  if (response.status !== 200) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return sessionCookieOf(response);
}
