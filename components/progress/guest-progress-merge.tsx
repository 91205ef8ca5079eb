"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { guestProgress, mergeGuestProgress } from "./local-progress";

/**
 * The fallback for the merge the sign-in forms do: if guest ticks are still in this browser
 * while someone is signed in (the form's request failed, or the session came another way),
 * send them now and refresh.
 */
export function GuestProgressMerge({ signedIn }: { signedIn: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!signedIn || guestProgress.all().length === 0) return;
    void mergeGuestProgress().then(() => router.refresh());
  }, [signedIn, router]);
  return null;
}
