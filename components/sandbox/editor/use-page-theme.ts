"use client";
// The page's colour scheme as Monaco needs it: data-theme on <html> (set by the theme toggle and
// the pre-paint script), or the system preference when no choice is set.
import { useSyncExternalStore } from "react";

export type PageTheme = "light" | "dark";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  const query = matchMedia(DARK_QUERY);
  query.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    query.removeEventListener("change", onChange);
  };
}

function readTheme(): PageTheme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "dark" || chosen === "light") return chosen;
  return matchMedia(DARK_QUERY).matches ? "dark" : "light";
}

/** Example: `const theme = usePageTheme(); <Editor theme={theme === "dark" ? "vs-dark" : "vs"} />` */
export function usePageTheme(): PageTheme {
  return useSyncExternalStore(subscribe, readTheme, () => "light");
}
