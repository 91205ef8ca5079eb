"use client";

import { useEffect } from "react";
import { useLearner } from "./learner-context";
import { guestProgress, mergeGuestProgress } from "./local-progress";

/**
 * The fallback for the merge the sign-in forms do: if guest ticks are still in this browser
 * while someone is signed in (the form's request failed, or the session came another way),
 * send them now and reload the learner's progress.
 */
export function GuestProgressMerge() {
  const { status, reload } = useLearner();
  useEffect(() => {
    if (status !== "signed-in" || guestProgress.all().length === 0) return;
    void mergeGuestProgress().then(reload);
  }, [status, reload]);
  return null;
}
