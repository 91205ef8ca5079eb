// Every environment variable the server reads, validated in one place. The README's
// "Production" section documents the same list; keep them together.
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must be a postgres:// or postgresql:// URL");

const positiveInt = (fallback: number) =>
  z.coerce.number({ error: "must be a whole number above 0" }).int("must be a whole number above 0").positive("must be a whole number above 0").default(fallback);

export const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce
    .number({ error: "must be a port number between 1 and 65535" })
    .int("must be a port number between 1 and 65535")
    .min(1, "must be a port number between 1 and 65535")
    .max(65535, "must be a port number between 1 and 65535")
    .default(3000),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_MAX: positiveInt(10),
  DATA_DIR: z.string().trim().min(1).default("data"),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
  BETTER_AUTH_URL: z.url().optional(),
  TRUSTED_ORIGINS: z.string().optional(),
  /** Addresses of load balancers whose X-Forwarded-For may be believed, comma-separated. */
  TRUSTED_PROXIES: z.string().optional(),
  AUTH_RATE_LIMIT_MAX: positiveInt(5),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: positiveInt(60),
  SEED_DEMO_PASSWORD: z.string().min(8).optional(),
  /** Set by the start script when it serves the embedded database. */
  RECONCILE_EMBEDDED_DB: z.enum(["0", "1"]).default("0"),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class InvalidEnvError extends Error {
  readonly code = "INVALID_ENV";
}

/**
 * Reads the environment. Empty strings count as unset (a blank `DATABASE_URL=` in a shell).
 * @example parseServerEnv({ PORT: "8080" }).PORT // 8080
 */
export function parseServerEnv(env: Record<string, string | undefined>): ServerEnv {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = serverEnvSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InvalidEnvError(`${issue.path.join(".")}: ${issue.message}`);
  }
  return result.data;
}
