// The worker's brain, without the worker: it receives validated requests, runs them one at a
// time against the session, keeps the saved state up to date and posts views and replies. The
// browser supplies storage, persistence and the timer (components/sandbox/worker); tests supply
// memfs and call tick() themselves.
import { decodeShareToken, withoutLastAction } from "./command-log";
import { workerRequestSchema, type ReplyData, type WorkerMessage, type WorkerRequest } from "./protocol";
import { SandboxInputError, SandboxSession, type SandboxStorage, type SessionRecord } from "./sandbox-session";
import { findScenario } from "./scenarios";
import type { Scenario } from "./scenario";
import { nextReconcileAt } from "./view";
import type { SandboxView } from "./view-schema";

export interface HostEnvironment {
  /** The scenario's storage; `wipe` empties it (repositories and saved state). */
  openStorage(scenario: string): Promise<{ storage: SandboxStorage; wipe(): Promise<void> }>;
  loadRecord(scenario: string): Promise<unknown>;
  /** May throw (a full disk): the host reports it and goes on. */
  saveRecord(record: SessionRecord): Promise<void>;
  post(message: WorkerMessage): void;
}

/** Clock advances are saved every few ticks rather than every second. */
const SAVE_EVERY_TICKS = 5;

export class SandboxHost {
  private session: SandboxSession | null = null;
  private scenario: Scenario | null = null;
  private wipe: (() => Promise<void>) | null = null;
  private storage: SandboxStorage | null = null;
  private clock: SandboxView["clock"] = { running: true, speed: 1 };
  private queue: Promise<unknown> = Promise.resolve();
  private ticksSinceSave = 0;
  private saveFailed = false;

  constructor(private readonly env: HostEnvironment) {}

  /** Entry point for every message from the page. */
  receive(raw: unknown): Promise<void> {
    const parsed = workerRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const id = typeof (raw as { id?: unknown })?.id === "number" ? (raw as { id: number }).id : 0;
      this.env.post({ type: "reply", id, ok: false, error: `The sandbox did not understand that request (${parsed.error.issues[0]?.message ?? "invalid"}).` });
      return Promise.resolve();
    }
    return this.enqueue(() => this.handle(parsed.data));
  }

  /** One second of real time passed: advance the simulated clock when it runs. */
  tick(): Promise<void> {
    if (!this.session || !this.clock.running) return Promise.resolve();
    return this.enqueue(async () => {
      if (!this.session || !this.clock.running) return;
      await this.session.execute({ type: "advance", ms: 1000 * this.clock.speed });
      this.ticksSinceSave++;
      if (this.ticksSinceSave >= SAVE_EVERY_TICKS) await this.save();
      await this.postView();
    });
  }

  // Requests run strictly one after another: a command never sees half of another.
  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async handle(request: WorkerRequest): Promise<void> {
    try {
      const data = await this.answer(request);
      this.env.post({ type: "reply", id: request.id, ok: true, data });
    } catch (error) {
      const message = error instanceof SandboxInputError || (error as { code?: string }).code ? (error as Error).message : `The sandbox failed: ${(error as Error).message}`;
      this.env.post({ type: "reply", id: request.id, ok: false, error: message });
    }
  }

  private requireSession(): SandboxSession {
    if (!this.session) throw new SandboxInputError("Open a scenario first.");
    return this.session;
  }

  private async answer(request: WorkerRequest): Promise<ReplyData> {
    switch (request.type) {
      case "open":
        await this.open(request.scenario, request.shared);
        return { kind: "done" };
      case "command": {
        const result = await this.requireSession().execute(request.command);
        await this.save();
        await this.postView();
        return { kind: "command", result };
      }
      case "clock":
        this.clock = { running: request.running ?? this.clock.running, speed: request.speed ?? this.clock.speed };
        await this.postView();
        return { kind: "done" };
      case "step": {
        const session = this.requireSession();
        const due = nextReconcileAt(session.world);
        if (due === null) throw new SandboxInputError("Nothing is scheduled to reconcile.");
        const ms = Math.max(1000, Math.ceil((due - session.world.now) / 1000) * 1000);
        const result = await session.execute({ type: "advance", ms });
        await this.save();
        await this.postView();
        return { kind: "command", result: { ...result, message: `Advanced ${ms / 1000} s to the next reconcile.` } };
      }
      case "undo":
        return { kind: "command", result: await this.undo() };
      case "reset":
        await this.restart([]);
        this.env.post({ type: "notice", level: "info", message: "The scenario was reset to its starting state." });
        return { kind: "done" };
      case "read-file":
        return { kind: "file", content: await this.requireSession().readFile(request.repo, request.path, request.revision) };
      case "diff-worktree":
        return { kind: "diff", files: await this.requireSession().diffWorktree(request.repo) };
      case "diff-commits":
        return { kind: "diff", files: await this.requireSession().diffCommits(request.repo, request.from, request.to) };
      case "diff-pull-request":
        return { kind: "diff", files: await this.requireSession().diffPullRequest(request.repo, request.number) };
      case "live-object":
        return { kind: "live-object", view: this.requireSession().liveObject(request.cluster, request.object) };
      case "complete":
        return { kind: "completions", ...(await this.requireSession().complete(request.line)) };
      case "export-repository":
        return { kind: "export", ...(await this.requireSession().exportRepository(request.repo)) };
      case "share":
        return { kind: "share", token: this.requireSession().shareToken() };
    }
  }

  private async open(id: string, shared: string | undefined): Promise<void> {
    const scenario = findScenario(id);
    if (!scenario) throw new SandboxInputError(`There is no scenario called "${id}".`);
    // A refused link leaves the open sandbox as it was: check it before switching scenario and
    // storage, or a later undo or reset would act on the other scenario.
    const decoded = shared ? decodeShareToken(shared) : null;
    if (decoded && !decoded.ok) throw new SandboxInputError(decoded.message);
    if (decoded?.ok && decoded.scenario !== scenario.id) throw new SandboxInputError(`This share link belongs to the scenario "${decoded.scenario}".`);
    const opened = await this.env.openStorage(scenario.id);
    this.scenario = scenario;
    this.storage = opened.storage;
    this.wipe = opened.wipe;
    const record = await this.env.loadRecord(scenario.id).catch(() => null);
    if (decoded?.ok) {
      try {
        await this.restart(decoded.log);
        this.env.post({ type: "notice", level: "info", message: `Opened a shared sandbox: ${decoded.log.length} recorded steps replayed.` });
      } catch (error) {
        // The link decoded but does not replay here: put the learner's own work back.
        await this.restart(isRecord(record, scenario.id) ? record.log : []);
        throw new SandboxInputError(`This share link could not be replayed (${(error as Error).message}); your own sandbox was kept.`);
      }
      return;
    }
    if (isRecord(record, scenario.id)) {
      this.session = SandboxSession.resume(scenario, opened.storage, record);
      try {
        // Reading the repositories proves the saved state and the stored repositories agree.
        await this.postView();
        return;
      } catch {
        await this.restart(record.log);
        this.env.post({ type: "notice", level: "info", message: "Your saved sandbox was rebuilt from its history." });
        return;
      }
    }
    await this.restart([]);
  }

  /** Empties the storage and rebuilds from the seed plus `log`. */
  private async restart(log: SessionRecord["log"]): Promise<void> {
    if (!this.scenario || !this.storage || !this.wipe) throw new SandboxInputError("Open a scenario first.");
    this.session = null;
    await this.wipe();
    this.session = await SandboxSession.replay(this.scenario, this.storage, log);
    await this.save();
    await this.postView();
  }

  private async undo() {
    const session = this.requireSession();
    if (!session.canUndo()) return { ok: false, message: "There is nothing to undo." };
    if (!(await session.undoFromCheckpoint())) await this.restart(withoutLastAction(session.log));
    else {
      await this.save();
      await this.postView();
    }
    return { ok: true, message: "Undid the last action." };
  }

  private async save(): Promise<void> {
    if (!this.session) return;
    this.ticksSinceSave = 0;
    try {
      await this.env.saveRecord(this.session.record());
      if (this.saveFailed) this.env.post({ type: "notice", level: "info", message: "Saving works again: your sandbox is stored." });
      this.saveFailed = false;
    } catch (error) {
      if (!this.saveFailed) {
        const quota = /quota|space|full/i.test(`${(error as Error).name} ${(error as Error).message}`);
        this.env.post({
          type: "notice",
          level: "error",
          message: quota
            ? "Your browser's storage for this site is full: the sandbox cannot be saved, so a reload would lose your latest changes. Free some space (or download your repository) and try again."
            : `The sandbox could not be saved (${(error as Error).message}); a reload would lose your latest changes.`,
        });
      }
      this.saveFailed = true;
    }
  }

  private async postView(): Promise<void> {
    if (!this.session) return;
    this.env.post({ type: "view", view: await this.session.view(this.clock) });
  }
}

function isRecord(value: unknown, scenario: string): value is SessionRecord {
  const record = value as Partial<SessionRecord> | null;
  return !!record && record.version === 1 && record.scenario === scenario && Array.isArray(record.log) && typeof record.world === "object" && record.world !== null;
}
