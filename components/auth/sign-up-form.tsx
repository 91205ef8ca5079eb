"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/auth-client";
import { describeAuthFailure, fieldErrorsOf, PASSWORD_MIN, signUpSchema, type FieldErrors } from "@/lib/auth/auth-form-schemas";
import { announceSessionChange } from "@/components/progress/learner-context";
import { mergeGuestProgress } from "@/components/progress/local-progress";
import { authFailureFrom } from "./auth-failure-from";
import { TextField } from "./text-field";

type Field = "name" | "email" | "password";

export function SignUpForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signUpSchema.safeParse({ name: form.get("name"), email: form.get("email"), password: form.get("password") });
    setFormError(null);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    setPending(true);
    let response: Response | undefined;
    const { error } = await authClient.signUp.email(parsed.data, { onError: (context) => void (response = context.response) });
    setPending(false);
    if (error) {
      const failure = describeAuthFailure(authFailureFrom(error, response));
      if (failure.field) setErrors({ [failure.field]: failure.message });
      else setFormError(failure.message);
      return;
    }
    // Ticks made while signed out join the account before the next page renders.
    await mergeGuestProgress();
    announceSessionChange();
    router.push(returnTo);
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate>
      {formError && (
        <div className="form-error" role="alert">
          {formError}
        </div>
      )}
      <TextField name="name" label="Name" autoComplete="name" required error={errors.name} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required error={errors.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={errors.password}
      />
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="form-note">
        Already have an account? <Link href={`/sign-in?next=${encodeURIComponent(returnTo)}`}>Sign in</Link>
      </p>
    </form>
  );
}
