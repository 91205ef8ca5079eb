"use client";

import { useEffect, useState } from "react";

type Preference = "system" | "light" | "dark";
const ORDER: Preference[] = ["system", "light", "dark"];
const LABELS: Record<Preference, string> = { system: "System", light: "Light", dark: "Dark" };
const ICONS: Record<Preference, string> = { system: "◐", light: "☀", dark: "☾" };
const STORAGE_KEY = "reconcile-theme";

function apply(preference: Preference) {
  const dark = preference === "dark" || (preference === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  document.documentElement.dataset.themePreference = preference;
}

/** Cycles System → Light → Dark; "System" follows the operating system, live. */
export function ThemeToggle() {
  const [preference, setPreference] = useState<Preference>("system");

  useEffect(() => {
    const saved = document.documentElement.dataset.themePreference;
    // Syncing React with what the pre-paint script already applied.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved === "light" || saved === "dark") setPreference(saved);
  }, []);

  useEffect(() => {
    // The document's preference (set by the pre-paint script and by choose()) is the truth: on the
    // first pass React's state is still the server's "system" even when a choice is saved.
    if (preference !== "system" || document.documentElement.dataset.themePreference !== "system") return;
    const query = matchMedia("(prefers-color-scheme: dark)");
    const follow = () => apply("system");
    // The system may have switched between the pre-paint script and hydration.
    follow();
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, [preference]);

  function choose() {
    const next = ORDER[(ORDER.indexOf(preference) + 1) % ORDER.length];
    setPreference(next);
    try {
      if (next === "system") localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be disabled; the choice still applies to this page.
    }
    apply(next);
  }

  return (
    <button type="button" className="button small theme-toggle" onClick={choose} aria-label={`Theme: ${LABELS[preference]}. Change theme`}>
      <span aria-hidden="true">{ICONS[preference]}</span> <span className="theme-label">{LABELS[preference]}</span>
    </button>
  );
}
