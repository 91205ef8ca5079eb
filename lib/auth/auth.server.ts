import "server-only";
import { parseServerEnv } from "@/lib/config/server-env";
import { prisma } from "@/lib/db/prisma.server";
import { parseTrustedProxies } from "@/lib/cli/forwarded-for.mjs";
import { createAuth, type Auth } from "./create-auth.server";

/** The origins that may post to /api/auth, derived from the environment. */
export function authOrigins(env: ReturnType<typeof parseServerEnv>) {
  const local = [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`];
  const extra = (env.TRUSTED_ORIGINS ?? "").split(",").map((origin) => origin.trim()).filter(Boolean);
  const baseURL = env.BETTER_AUTH_URL ?? local[0];
  // With no public URL configured this is the local default, reached as localhost or 127.0.0.1.
  const trustedOrigins = env.BETTER_AUTH_URL ? [baseURL, ...extra] : [...local, ...extra];
  return { baseURL, trustedOrigins };
}

let auth: Auth | undefined;

/**
 * The app's better-auth instance, made on first use: `next build` imports this module with no
 * secret in the environment, and must not fail for it.
 */
export function getAuth(): Auth {
  if (auth) return auth;
  const env = parseServerEnv(process.env);
  if (!env.BETTER_AUTH_SECRET) {
    throw new Error("BETTER_AUTH_SECRET is not set: start the app with `npm start`, which provides it.");
  }
  const { baseURL, trustedOrigins } = authOrigins(env);
  auth = createAuth({
    db: prisma,
    secret: env.BETTER_AUTH_SECRET,
    baseURL,
    trustedOrigins,
    secureCookies: baseURL.startsWith("https://") || (env.NODE_ENV === "production" && env.RECONCILE_EMBEDDED_DB !== "1"),
    trustedProxies: [...parseTrustedProxies(env.TRUSTED_PROXIES)],
    rateLimit: { max: env.AUTH_RATE_LIMIT_MAX, windowSeconds: env.AUTH_RATE_LIMIT_WINDOW_SECONDS },
  });
  return auth;
}
