"use client";
// The page's end of the worker: numbered requests, replies matched by id, every incoming message
// validated with zod, and a crashed worker restarted from the saved state with a notice.
import { workerMessageSchema, type ReplyData, type RequestBody, type WorkerMessage } from "@/lib/sandbox/protocol";
import type { SandboxView } from "@/lib/sandbox/view-schema";

export interface SandboxClientEvents {
  onView(view: SandboxView): void;
  onNotice(level: "info" | "error", message: string): void;
  onStatus(status: "loading" | "ready" | "restarting" | "failed"): void;
}

interface Pending {
  resolve(data: ReplyData): void;
  reject(error: Error): void;
}

/** A worker that dies this many times in a row is not restarted again. */
const MAX_RESTARTS = 3;

export class SandboxClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private restarts = 0;
  private opened: { scenario: string } | null = null;
  private disposed = false;

  constructor(private readonly events: SandboxClientEvents) {}

  /** Starts the worker and opens the scenario (from a share token when given). */
  async open(scenario: string, shared?: string): Promise<void> {
    this.opened = { scenario };
    this.events.onStatus("loading");
    this.spawn();
    await this.request({ type: "open", scenario, ...(shared ? { shared } : {}) });
    this.restarts = 0;
    this.events.onStatus("ready");
  }

  request(body: RequestBody): Promise<ReplyData> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error("The sandbox is not running."));
    const id = this.nextId++;
    return new Promise<ReplyData>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...body, id });
    });
  }

  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = null;
    this.failPending("The sandbox was closed.");
  }

  private spawn(): void {
    this.worker?.terminate();
    const worker = new Worker(new URL("./worker/sandbox.worker.ts", import.meta.url), { type: "module", name: "reconcile-sandbox" });
    worker.onmessage = (event: MessageEvent) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      void this.recover(event.message || "the worker crashed");
    };
    worker.onmessageerror = () => this.events.onNotice("error", "A message from the sandbox could not be read.");
    this.worker = worker;
  }

  private receive(raw: unknown): void {
    const parsed = workerMessageSchema.safeParse(raw);
    if (!parsed.success) {
      this.events.onNotice("error", "The sandbox sent something this page does not understand; it was ignored.");
      return;
    }
    this.dispatch(parsed.data);
  }

  private dispatch(message: WorkerMessage): void {
    if (message.type === "view") this.events.onView(message.view);
    else if (message.type === "notice") this.events.onNotice(message.level, message.message);
    else {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.ok) waiting.resolve(message.data);
      else waiting.reject(new Error(message.error));
    }
  }

  private failPending(reason: string): void {
    for (const waiting of this.pending.values()) waiting.reject(new Error(reason));
    this.pending.clear();
  }

  /** The worker died: start a new one, which resumes from what was saved. */
  private async recover(reason: string): Promise<void> {
    if (this.disposed || !this.opened) return;
    this.failPending(`The sandbox restarted (${reason}); try that again.`);
    this.restarts++;
    if (this.restarts > MAX_RESTARTS) {
      this.worker?.terminate();
      this.worker = null;
      this.events.onStatus("failed");
      this.events.onNotice("error", `The sandbox keeps stopping (${reason}). Reload the page; your saved work is kept.`);
      return;
    }
    this.events.onStatus("restarting");
    this.events.onNotice("info", `The sandbox stopped unexpectedly (${reason}) and was restarted from your saved work.`);
    this.spawn();
    try {
      await this.request({ type: "open", scenario: this.opened.scenario });
      this.events.onStatus("ready");
    } catch (error) {
      this.events.onStatus("failed");
      this.events.onNotice("error", `The sandbox could not restart: ${(error as Error).message}`);
    }
  }
}
