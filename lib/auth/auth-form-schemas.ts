// The sign-up and sign-in forms' rules, checked in the browser for instant feedback; the
// server (better-auth) checks the same rules again and its answer wins.
import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const email = z.string().trim().min(1, "Enter your email address.").pipe(z.email("Enter a valid email address, like ada@example.com."));

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password."),
});

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  email,
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** The first message for each field, for display beside it. */
export function fieldErrorsOf<Field extends string>(error: z.ZodError): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as Field;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The server's answer to a failed sign-in or sign-up, as words for the form. */
export interface AuthFailure {
  status: number;
  code?: string;
  message?: string;
  retryAfterSeconds?: number;
}

export function describeAuthFailure(failure: AuthFailure): { field?: "email" | "password" | "name"; message: string } {
  if (failure.status === 429) {
    const wait = failure.retryAfterSeconds ? ` in ${failure.retryAfterSeconds} seconds` : " in a minute";
    return { message: `Too many attempts from your address. Try again${wait}.` };
  }
  switch (failure.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return { message: "That email and password do not match an account." };
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return { field: "email", message: "An account with this email already exists. Sign in instead." };
    case "INVALID_EMAIL":
      return { field: "email", message: "Enter a valid email address, like ada@example.com." };
    case "PASSWORD_TOO_SHORT":
      return { field: "password", message: `Use at least ${PASSWORD_MIN} characters.` };
    case "PASSWORD_TOO_LONG":
      return { field: "password", message: `Use at most ${PASSWORD_MAX} characters.` };
  }
  if (failure.status === 0) return { message: "Could not reach Reconcile. Check your connection and try again." };
  if (failure.status >= 500) return { message: "Something went wrong on our side. Try again in a moment." };
  return { message: failure.message ?? "That did not work. Check the fields and try again." };
}
