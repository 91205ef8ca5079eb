import type { AuthFailure } from "@/lib/auth/auth-form-schemas";

interface BetterFetchError {
  status: number;
  code?: string;
  message?: string;
}

/** better-auth's client error plus the Retry-After header it sends with a 429. */
export function authFailureFrom(error: BetterFetchError, response?: Response): AuthFailure {
  const retry = Number(response?.headers.get("X-Retry-After") ?? response?.headers.get("Retry-After"));
  return {
    status: error.status,
    code: error.code,
    message: error.message,
    retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : undefined,
  };
}
