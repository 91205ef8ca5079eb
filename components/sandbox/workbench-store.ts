"use client";
// The page side of the sandbox: the latest snapshot from the worker, a request function that
// returns the worker's answer, notices, and which repository, cluster and resource the panels
// are looking at. One workbench per page, so one store.
import { create } from "zustand";
import type { CommandResult, ObjectId, SandboxCommandInput } from "@/lib/sandbox/commands";
import type { ReplyData, RequestBody } from "@/lib/sandbox/protocol";
import type { SandboxView } from "@/lib/sandbox/view-schema";

export interface Notice {
  id: number;
  level: "info" | "error";
  message: string;
}

export type WorkbenchStatus = "idle" | "loading" | "ready" | "restarting" | "failed";

/** The transport to the worker; the store is given one by the workbench (see sandbox-client.ts). */
export interface SandboxTransport {
  request(body: RequestBody): Promise<ReplyData>;
}

export interface WorkbenchState {
  status: WorkbenchStatus;
  view: SandboxView | null;
  notices: Notice[];
  /** URL of the repository the files, editor and git panels show. */
  activeRepo: string | null;
  activeCluster: string;
  /** The resource whose details the cluster panel shows. */
  selected: { cluster: string; object: ObjectId } | null;
  transport: SandboxTransport | null;

  /** Sends a request; rejects with an Error carrying the worker's message when it fails. */
  request(body: RequestBody): Promise<ReplyData>;
  /** Runs one logged command (commit, terminal line, …) and resolves with its result. */
  run(command: SandboxCommandInput): Promise<CommandResult>;
  notify(level: Notice["level"], message: string): void;
  dismissNotice(id: number): void;
  setActiveRepo(url: string): void;
  setActiveCluster(name: string): void;
  select(selection: { cluster: string; object: ObjectId } | null): void;
}

let nextNoticeId = 1;

export const useWorkbench = create<WorkbenchState>()((set, get) => ({
  status: "idle",
  view: null,
  notices: [],
  activeRepo: null,
  activeCluster: "in-cluster",
  selected: null,
  transport: null,

  async request(body) {
    const transport = get().transport;
    if (!transport) throw new Error("The sandbox is not running yet.");
    return transport.request(body);
  },
  async run(command) {
    const reply = await get().request({ type: "command", command });
    if (reply.kind !== "command") throw new Error("The sandbox answered something unexpected.");
    return reply.result;
  },
  notify(level, message) {
    const id = nextNoticeId++;
    set((state) => ({ notices: [...state.notices.slice(-4), { id, level, message }] }));
  },
  dismissNotice(id) {
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
  },
  setActiveRepo(url) {
    set({ activeRepo: url });
  },
  setActiveCluster(name) {
    set({ activeCluster: name, selected: null });
  },
  select(selection) {
    set({ selected: selection });
  },
}));
