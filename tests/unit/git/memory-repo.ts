// A repository on a fresh in-memory fs, with a clock that ticks one minute per reading so
// every commit has its own timestamp and the SHAs are the same on every run.
import { createFsFromVolume, Volume } from "memfs";
import type { GitContext, GitFs } from "@/lib/git";

export const ADA = { name: "Ada Lovelace", email: "ada@example.com" } as const;
export const GRACE = { name: "Grace Hopper", email: "grace@example.com" } as const;

/** 2023-11-14T22:13:20Z */
export const EPOCH_MS = 1_700_000_000_000;

export function steppingClock(startMs = EPOCH_MS, stepMs = 60_000): () => number {
  let next = startMs;
  return () => {
    const now = next;
    next += stepMs;
    return now;
  };
}

export function memoryRepo(dir = "/repo"): GitContext {
  const fs = createFsFromVolume(new Volume()) as unknown as GitFs;
  return { fs, dir, clock: steppingClock(), author: ADA };
}

/** The GitError a promise rejects with (fails the test if it resolves or throws something else). */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string; data: Record<string, unknown> }> {
  const { GitError } = await import("@/lib/git");
  try {
    await promise;
  } catch (error) {
    if (error instanceof GitError) return { code: error.code, message: error.message, data: { ...error.data } };
    throw error;
  }
  throw new Error("Expected a GitError, but the operation succeeded.");
}
