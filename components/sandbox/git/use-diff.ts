"use client";
// Diffs are read on demand, not carried in the view. The request is keyed by its JSON plus a
// version the caller bumps when the same request would now answer differently (the working
// tree changed); an answer for an older key is dropped, and the previous files stay on screen
// while a new version of the same request loads.
import { useEffect, useState } from "react";
import type { FileDiff } from "@/lib/git/file-diff-schema";
import type { RequestBody } from "@/lib/sandbox/protocol";
import { useWorkbench } from "@/components/sandbox/workbench-store";
import { errorMessage } from "./error-message";

export type DiffRequest = Extract<RequestBody, { type: "diff-worktree" | "diff-commits" | "diff-pull-request" }>;

export interface DiffState {
  files: FileDiff[] | null;
  error: string | null;
  loading: boolean;
}

interface Answer {
  request: string;
  version: string;
  files: FileDiff[] | null;
  error: string | null;
}

export function useDiff(request: DiffRequest | null, version = ""): DiffState {
  const requestJson = request ? JSON.stringify(request) : null;
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (requestJson === null) return;
    let current = true;
    const body = JSON.parse(requestJson) as DiffRequest;
    useWorkbench
      .getState()
      .request(body)
      .then((reply) => {
        if (!current) return;
        if (reply.kind === "diff") setAnswer({ request: requestJson, version, files: reply.files, error: null });
        else setAnswer({ request: requestJson, version, files: null, error: "The sandbox answered something other than a diff." });
      })
      .catch((error: unknown) => {
        if (current) setAnswer({ request: requestJson, version, files: null, error: errorMessage(error) });
      });
    return () => {
      current = false;
    };
  }, [requestJson, version]);

  if (requestJson === null || answer === null || answer.request !== requestJson) return { files: null, error: null, loading: requestJson !== null };
  return { files: answer.files, error: answer.error, loading: answer.version !== version };
}
