import { expect, test } from "vitest";
import { describeAuthFailure, fieldErrorsOf, signUpSchema } from "@/lib/auth/auth-form-schemas";

test("sign-up fields are checked with a message per field", () => {
  const result = signUpSchema.safeParse({ name: " ", email: "nope", password: "short" });
  expect(result.success).toBe(false);
  if (!result.success) {
    expect(fieldErrorsOf(result.error)).toEqual({
      name: "Enter your name.",
      email: "Enter a valid email address, like ada@example.com.",
      password: "Use at least 8 characters.",
    });
  }
});

test("a valid sign-up is trimmed", () => {
  expect(signUpSchema.parse({ name: " Ada ", email: " ada@example.com ", password: "12345678" })).toEqual({
    name: "Ada",
    email: "ada@example.com",
    password: "12345678",
  });
});

test.each([
  [{ status: 422, code: "USER_ALREADY_EXISTS" }, { field: "email", message: "An account with this email already exists. Sign in instead." }],
  [{ status: 400, code: "PASSWORD_TOO_SHORT" }, { field: "password", message: "Use at least 8 characters." }],
  [{ status: 400, code: "INVALID_EMAIL" }, { field: "email", message: "Enter a valid email address, like ada@example.com." }],
  [{ status: 401, code: "INVALID_EMAIL_OR_PASSWORD" }, { message: "That email and password do not match an account." }],
  [{ status: 429, retryAfterSeconds: 42 }, { message: "Too many attempts from your address. Try again in 42 seconds." }],
  [{ status: 0 }, { message: "Could not reach Reconcile. Check your connection and try again." }],
  [{ status: 503 }, { message: "Something went wrong on our side. Try again in a moment." }],
])("server answer %j becomes words for the form", (failure, expected) => {
  expect(describeAuthFailure(failure)).toEqual(expected);
});
