import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { Database } from "@/lib/db/prisma-client";

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export interface AuthOptions {
  db: Database;
  secret: string;
  /** The public origin, e.g. https://learn.example; cookies and Origin checks derive from it. */
  baseURL: string;
  /** Other origins allowed to post to /api/auth (e.g. http://127.0.0.1:3000 beside localhost). */
  trustedOrigins: string[];
  /** Session cookies marked Secure: always in production. */
  secureCookies: boolean;
  /** Load balancers whose X-Forwarded-For chain is believed (see lib/cli/serve.mjs). */
  trustedProxies: string[];
  /** Sign-in and sign-up attempts allowed per client address within the window. */
  rateLimit: { max: number; windowSeconds: number };
}

/**
 * better-auth with its Prisma adapter: email + password accounts, a `role` on each user that
 * sign-up cannot set, httpOnly SameSite=Lax session cookies, and attempts limited per address
 * in the database (so the limit holds across replicas).
 */
export function createAuth(options: AuthOptions) {
  const attemptLimit = { window: options.rateLimit.windowSeconds, max: options.rateLimit.max };
  return betterAuth({
    appName: "Reconcile",
    secret: options.secret,
    baseURL: options.baseURL,
    basePath: "/api/auth",
    trustedOrigins: options.trustedOrigins,
    database: prismaAdapter(options.db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
    },
    user: {
      additionalFields: {
        // input: false — a role sent with sign-up is ignored; only an admin changes it.
        role: { type: "string", required: false, defaultValue: "learner", input: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 120,
      customRules: {
        "/sign-in/email": attemptLimit,
        "/sign-up/email": attemptLimit,
      },
    },
    advanced: {
      // Explicit, because better-auth turns both off by default when NODE_ENV is "test": the
      // tests must exercise the same protection that production runs with.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      useSecureCookies: options.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: options.secureCookies },
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: options.trustedProxies },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
