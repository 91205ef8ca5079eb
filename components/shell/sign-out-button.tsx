"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { announceSessionChange } from "@/components/progress/learner-context";

export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function signOut() {
    setPending(true);
    setFailed(false);
    // A plain request to better-auth's standard route: the header is on every page, and the
    // auth client library would add ~12 KB of JavaScript to each of them for this one call.
    const ok = await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })
      .then((response) => response.ok)
      .catch(() => false);
    setPending(false);
    if (!ok) {
      setFailed(true);
      return;
    }
    announceSessionChange();
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
