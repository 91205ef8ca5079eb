"use client";

// Who is reading, and their progress — fetched by the browser, so every lesson and the track
// page can be static HTML shared by all readers. One request per page load (GET /api/progress:
// 401 = signed out); sign-in, sign-up and sign-out ask for a fresh copy.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import type { SessionUser } from "@/lib/auth/session-user";

export interface LearnerState {
  status: "loading" | "signed-in" | "signed-out";
  user: SessionUser | null;
  checklist: Record<string, string[]>;
  quiz: Record<string, { score: number; total: number }>;
}

interface LearnerContextValue extends LearnerState {
  reload(): Promise<void>;
  /** Reflect a tick everywhere on the page at once (the request is the panel's job). */
  setTick(moduleId: string, itemId: string, done: boolean): void;
  setQuizBest(moduleId: string, best: { score: number; total: number }): void;
}

const LOADING: LearnerState = { status: "loading", user: null, checklist: {}, quiz: {} };
const LearnerContext = createContext<LearnerContextValue>({ ...LOADING, reload: async () => {}, setTick: () => {}, setQuizBest: () => {} });

export const SESSION_CHANGED_EVENT = "reconcile:session-changed";

/** Tell the page that someone signed in or out (the forms call this before navigating). */
export function announceSessionChange() {
  window.dispatchEvent(new Event(SESSION_CHANGED_EVENT));
}

/** The learner, or null when the server cannot be reached (offline, or a server error). */
async function fetchLearner(): Promise<LearnerState | null> {
  try {
    const response = await fetch("/api/progress", { cache: "no-store" });
    if (response.status === 401) return { status: "signed-out", user: null, checklist: {}, quiz: {} };
    if (!response.ok) return null;
    const data = (await response.json()) as Omit<LearnerState, "status">;
    return { status: "signed-in", ...data };
  } catch {
    return null;
  }
}

const RETRY_MS = 5_000;

/**
 * Unreachable: keep what we knew (a signed-in reader stays signed in while offline) and ask
 * again a little later — or sooner, when the browser reports it is back online.
 */
async function loadUntilReachable(apply: (state: LearnerState) => void): Promise<void> {
  for (;;) {
    const next = await fetchLearner();
    if (next) return apply(next);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

export function LearnerProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LearnerState>(LOADING);
  const reload = useCallback(() => loadUntilReachable(setState), []);

  useEffect(() => {
    // Fetching who is reading is the point of this provider: the page HTML is the same for all.
    void reload();
    window.addEventListener(SESSION_CHANGED_EVENT, reload);
    window.addEventListener("online", reload);
    return () => {
      window.removeEventListener(SESSION_CHANGED_EVENT, reload);
      window.removeEventListener("online", reload);
    };
  }, [reload]);

  const setTick = useCallback((moduleId: string, itemId: string, done: boolean) => {
    setState((previous) => {
      const items = new Set(previous.checklist[moduleId] ?? []);
      if (done) items.add(itemId);
      else items.delete(itemId);
      return { ...previous, checklist: { ...previous.checklist, [moduleId]: [...items].sort() } };
    });
  }, []);

  const setQuizBest = useCallback((moduleId: string, best: { score: number; total: number }) => {
    setState((previous) => ({ ...previous, quiz: { ...previous.quiz, [moduleId]: best } }));
  }, []);

  return <LearnerContext.Provider value={{ ...state, reload, setTick, setQuizBest }}>{children}</LearnerContext.Provider>;
}

export function useLearner(): LearnerContextValue {
  return useContext(LearnerContext);
}
