"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth/auth-client";

export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function signOut() {
    setPending(true);
    setFailed(false);
    const { error } = await authClient.signOut();
    setPending(false);
    if (error) {
      setFailed(true);
      return;
    }
    router.push("/");
    router.refresh();
  }

  return (
    <>
      <button type="button" className="menu-item" onClick={signOut} disabled={pending}>
        {pending ? "Signing out…" : "Sign out"}
      </button>
      {failed && (
        <p role="alert" className="field-error">
          Could not sign out. Check your connection and try again.
        </p>
      )}
    </>
  );
}
