"use client";
// The selected object's live manifest, desired manifest, diff and explanations, read from the
// worker on demand. Asked again once per new view while the selection stays (the object may
// have changed with the clock or a command), never per render. Replies can overtake each
// other, so each carries a sequence number and an older one never replaces a newer one.
import { useEffect, useState } from "react";
import type { LiveObjectView } from "@/lib/sandbox/view-schema";
import { useWorkbench } from "../workbench-store";
import type { Selection } from "./flatten-tree";

export type LiveObjectState = { status: "loading" } | { status: "ready"; view: LiveObjectView } | { status: "failed"; message: string };

interface Answer {
  key: string;
  seq: number;
  state: LiveObjectState;
}

let nextSeq = 0;

export function selectionKey(selection: Selection): string {
  const { group, kind, namespace, name } = selection.object;
  return JSON.stringify([selection.cluster, group, kind, namespace ?? "", name]);
}

export function useLiveObject(selection: Selection | null): LiveObjectState {
  const request = useWorkbench((state) => state.request);
  // Only a trigger: a new snapshot means the object may have changed.
  const view = useWorkbench((state) => state.view);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!selection || !view) return;
    const key = selectionKey(selection);
    const seq = ++nextSeq;
    const accept = (state: LiveObjectState) => setAnswer((previous) => (previous && previous.seq > seq ? previous : { key, seq, state }));
    request({ type: "live-object", cluster: selection.cluster, object: selection.object }).then(
      (reply) => accept(reply.kind === "live-object" ? { status: "ready", view: reply.view } : { status: "failed", message: "The sandbox answered something unexpected." }),
      (error: unknown) => accept({ status: "failed", message: error instanceof Error && error.message ? error.message : "The sandbox could not read this object." }),
    );
  }, [selection, view, request]);

  if (!selection || !answer || answer.key !== selectionKey(selection)) return { status: "loading" };
  return answer.state;
}
