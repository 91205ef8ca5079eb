// The one place where git, the clusters and the controllers meet for a learner: a scenario's
// repositories on an injected fs, the world, and the command log. Commands change it; the view
// and the on-demand reads describe it. Pure: the worker supplies the fs (lightning-fs) and runs
// the clock; tests supply memfs.
import { DEFAULT_START_TIME } from "@/lib/kube";
import { diffCommits, diffPullRequest, diffWorkingTree, listFiles, readFile, summarizeRepository, type FileDiff, type GitContext, type GitFs } from "@/lib/git";
import { refreshApplication, syncApplication } from "@/lib/reconciler/argocd/app-commands";
import { repositoryGitSource } from "@/lib/reconciler/source/repository-git-source";
import type { GitSource } from "@/lib/reconciler/source/git-source";
import { runControllers, stepWorld } from "@/lib/reconciler/world/advance-world";
import type { WorldState } from "@/lib/reconciler/world/world-state";
import { bootstrapScenario } from "./bootstrap-scenario";
import { appendCommand, encodeShareToken, hasAction, withoutLastAction } from "./command-log";
import type { CommandResult, ObjectId, SandboxCommand } from "./commands";
import { requestFluxReconcile } from "./request-flux-reconcile";
import { captureRepository, restoreRepository, type RepositoryCheckpoint } from "./repository-checkpoint";
import { isGitCommand, runGitCommand } from "./run-git-command";
import type { Scenario } from "./scenario";
import { applyLiveEdit, completeTerminalLine, runTerminalLine } from "./terminal";
import { applicationViews, clusterViews, eventViews, findProblems, fluxView, liveObjectView, nextReconcileAt } from "./view";
import type { LiveObjectView, Problem, RepositoryView, SandboxView } from "./view-schema";
import { zipRepository } from "./zip-repository";

/** Where the repositories live: one fs, one directory per repository. */
export interface SandboxStorage {
  fs: GitFs;
  /** An absolute directory for the repository at `url`. */
  repoDir(url: string): string;
}

/** What is persisted between visits: the log and the world it produced. */
export interface SessionRecord {
  version: 1;
  scenario: string;
  log: SandboxCommand[];
  world: WorldState;
}

/** Who commits in the sandbox. */
export const LEARNER = { name: "Learner", email: "learner@reconcile.dev" } as const;

const CHECKPOINT_LIMIT = 30;

interface Checkpoint {
  logLength: number;
  world: WorldState;
  /** Only when the action was a git command; otherwise the repositories did not change. */
  repositories: Record<string, RepositoryCheckpoint> | null;
}

export function repositoryName(url: string): string {
  return url.replace(/\/+$/, "").split("/").pop()?.replace(/\.git$/, "") || "repository";
}

export class SandboxSession {
  readonly contexts: Record<string, GitContext>;
  readonly git: GitSource;
  private worldState: WorldState | null = null;
  private commandLog: SandboxCommand[] = [];
  private checkpoints: Checkpoint[] = [];
  private repositoryCache: { repositories: RepositoryView[]; problems: Problem[] } | null = null;

  private constructor(
    readonly scenario: Scenario,
    storage: SandboxStorage,
  ) {
    // Git's clock is the simulated clock, so replaying the log writes the same commit SHAs.
    const clock = () => this.worldState?.now ?? DEFAULT_START_TIME;
    this.contexts = Object.fromEntries(scenario.repositories.map(({ url }) => [url, { fs: storage.fs, dir: storage.repoDir(url), clock, author: LEARNER }]));
    this.git = repositoryGitSource(this.contexts);
  }

  get world(): WorldState {
    if (!this.worldState) throw new Error("The session has not been started.");
    return this.worldState;
  }

  get log(): readonly SandboxCommand[] {
    return this.commandLog;
  }

  /** A new session from the scenario's seed; the storage directories must be empty. */
  static async start(scenario: Scenario, storage: SandboxStorage): Promise<SandboxSession> {
    const session = new SandboxSession(scenario, storage);
    session.worldState = await bootstrapScenario(scenario, session.contexts);
    return session;
  }

  /** The session as it was saved; the repositories are already on the storage fs. */
  static resume(scenario: Scenario, storage: SandboxStorage, record: SessionRecord): SandboxSession {
    const session = new SandboxSession(scenario, storage);
    session.worldState = record.world;
    session.commandLog = [...record.log];
    return session;
  }

  /** A new session with `log` replayed on top of the seed (share links, undo after a reload). */
  static async replay(scenario: Scenario, storage: SandboxStorage, log: readonly SandboxCommand[]): Promise<SandboxSession> {
    const session = await SandboxSession.start(scenario, storage);
    for (const command of log) await session.apply(command);
    return session;
  }

  record(): SessionRecord {
    return { version: 1, scenario: this.scenario.id, log: [...this.commandLog], world: this.world };
  }

  canUndo(): boolean {
    return hasAction(this.commandLog);
  }

  /** Runs a command and logs it when it changed something (a failed read is not an action). */
  async execute(command: SandboxCommand): Promise<CommandResult> {
    const checkpoint: Checkpoint = {
      logLength: this.commandLog.length,
      world: this.world,
      repositories: isGitCommand(command) ? await this.captureRepositories() : null,
    };
    const { result, changed } = await this.apply(command);
    if (changed && command.type !== "advance") this.checkpoints = [...this.checkpoints.slice(-(CHECKPOINT_LIMIT - 1)), checkpoint];
    return result;
  }

  /**
   * Takes back the last action: from an in-memory checkpoint when there is one, else by
   * rebuilding from the seed without it (the caller gives a fresh storage for that).
   */
  async undoFromCheckpoint(): Promise<boolean> {
    const target = withoutLastAction(this.commandLog);
    const checkpoint = this.checkpoints[this.checkpoints.length - 1];
    if (!checkpoint || checkpoint.logLength !== target.length) return false;
    this.checkpoints = this.checkpoints.slice(0, -1);
    if (checkpoint.repositories) {
      for (const [url, files] of Object.entries(checkpoint.repositories)) await restoreRepository(this.contexts[url], files);
      this.repositoryCache = null;
    }
    this.worldState = checkpoint.world;
    this.commandLog = target;
    return true;
  }

  private async captureRepositories(): Promise<Record<string, RepositoryCheckpoint>> {
    const captured: Record<string, RepositoryCheckpoint> = {};
    for (const [url, ctx] of Object.entries(this.contexts)) captured[url] = await captureRepository(ctx);
    return captured;
  }

  private repo(url: string): GitContext {
    const ctx = this.contexts[url];
    if (!ctx) throw new SandboxInputError(`There is no repository ${url} in this scenario.`);
    return ctx;
  }

  private async apply(command: SandboxCommand): Promise<{ result: CommandResult; changed: boolean }> {
    const before = this.world;
    const { result, changed } = await this.applyCore(command);
    if (changed) this.commandLog = appendCommand(this.commandLog, command);
    return { result, changed: changed || this.world !== before };
  }

  private async applyCore(command: SandboxCommand): Promise<{ result: CommandResult; changed: boolean }> {
    if (isGitCommand(command)) {
      const { changed, ...result } = await runGitCommand(this.repo(command.repo), command);
      if (changed) this.repositoryCache = null;
      const openFile = result.openFile ? { ...result.openFile, repo: command.repo } : undefined;
      return { result: { ...result, ...(openFile ? { openFile } : {}) }, changed };
    }
    switch (command.type) {
      case "terminal": {
        const outcome = await runTerminalLine({ world: this.world, git: this.git, repositories: this.contexts, activeRepo: this.scenario.repositories[0].url }, command.line);
        const changed = outcome.world !== this.world;
        this.worldState = outcome.world;
        return { result: { ok: outcome.ok, output: outcome.output, ...(outcome.openLive ? { openLive: outcome.openLive } : {}) }, changed };
      }
      case "edit-live": {
        const outcome = applyLiveEdit(this.world, command.cluster, command.object, command.yaml);
        const changed = outcome.world !== this.world;
        this.worldState = outcome.world;
        return { result: { ok: outcome.ok, message: outcome.message }, changed };
      }
      case "refresh-now": {
        let world = this.world;
        for (const app of Object.keys(world.argo).sort()) {
          const refreshed = refreshApplication(world, app);
          if (refreshed.ok) world = refreshed.world;
        }
        world = requestFluxReconcile(world);
        this.worldState = await runControllers(world, this.git);
        return { result: { ok: true, message: "Refreshed: the controllers compared Git with the clusters." }, changed: true };
      }
      case "sync-app": {
        const synced = syncApplication(this.world, command.name, { prune: command.prune });
        if (!synced.ok) return { result: { ok: false, message: synced.message }, changed: false };
        this.worldState = await runControllers(synced.world, this.git);
        return { result: { ok: true, message: `Sync of ${command.name} started` }, changed: true };
      }
      case "advance":
        this.worldState = await stepWorld(this.world, command.ms, this.git);
        return { result: { ok: true }, changed: true };
    }
  }

  /** Everything the panels draw. Repositories are re-read only after a git command. */
  async view(clock: SandboxView["clock"]): Promise<SandboxView> {
    const { repositories, problems } = await this.repositoryViews();
    const world = this.world;
    return {
      scenario: { id: this.scenario.id, title: this.scenario.title, summary: this.scenario.summary, openFile: this.scenario.openFile ?? null },
      time: world.now,
      clock,
      nextReconcileAt: nextReconcileAt(world),
      repositories,
      problems,
      clusters: clusterViews(world),
      applications: applicationViews(world),
      flux: fluxView(world),
      events: eventViews(world),
      logLength: this.canUndo() ? this.commandLog.length : 0,
    };
  }

  private async repositoryViews(): Promise<{ repositories: RepositoryView[]; problems: Problem[] }> {
    if (this.repositoryCache) return this.repositoryCache;
    const repositories: RepositoryView[] = [];
    const problems: Problem[] = [];
    for (const { url } of this.scenario.repositories) {
      const ctx = this.contexts[url];
      const summary = await summarizeRepository(ctx);
      const files = await listFiles(ctx);
      repositories.push({
        url,
        name: repositoryName(url),
        head: summary.head,
        branches: summary.branches,
        tags: summary.tags.map(({ name, commit }) => ({ name, commit })),
        commits: summary.commits.map(({ oid, message, parents, author }) => ({ oid, message, parents, author })),
        pullRequests: summary.pullRequests,
        operation: summary.operation,
        changes: summary.changes,
        files,
      });
      const yamlFiles = new Map<string, string>();
      for (const path of files.filter((file) => /\.ya?ml$/.test(file))) yamlFiles.set(path, await readFile(ctx, { path }));
      problems.push(...findProblems(url, yamlFiles));
    }
    this.repositoryCache = { repositories, problems };
    return this.repositoryCache;
  }

  async readFile(url: string, path: string, revision?: string): Promise<string | null> {
    try {
      return await readFile(this.repo(url), { path, ...(revision ? { ref: revision } : {}) });
    } catch (error) {
      if ((error as { code?: string }).code === "NOT_FOUND") return null;
      throw error;
    }
  }

  diffWorktree(url: string): Promise<FileDiff[]> {
    return diffWorkingTree(this.repo(url));
  }

  async diffCommits(url: string, from: string | null, to: string): Promise<FileDiff[]> {
    if (from) return diffCommits(this.repo(url), { from, to });
    // The root commit: everything it added, as a diff from the empty tree.
    const files = await listFiles(this.repo(url), { ref: to });
    const result: FileDiff[] = [];
    for (const path of files) {
      const lines = (await readFile(this.repo(url), { path, ref: to })).split("\n");
      if (lines[lines.length - 1] === "") lines.pop();
      result.push({ path, status: "added", binary: false, hunks: [{ oldStart: 0, oldLines: 0, newStart: 1, newLines: lines.length, lines: lines.map((line) => `+${line}`) }] });
    }
    return result;
  }

  diffPullRequest(url: string, number: number): Promise<FileDiff[]> {
    return diffPullRequest(this.repo(url), { number });
  }

  liveObject(cluster: string, object: ObjectId): LiveObjectView {
    return liveObjectView(this.world, cluster, object, this.scenario.repositories.map(({ url }) => url));
  }

  async complete(line: string): Promise<{ items: string[]; replaceFrom: number }> {
    const files = await listFiles(this.contexts[this.scenario.repositories[0].url]);
    return completeTerminalLine(this.world, line, files);
  }

  async exportRepository(url: string): Promise<{ filename: string; bytes: Uint8Array }> {
    const name = repositoryName(url);
    return { filename: `${name}.zip`, bytes: await zipRepository(this.repo(url), name) };
  }

  shareToken(): string {
    return encodeShareToken(this.scenario.id, this.commandLog);
  }
}

/** A request that names something the scenario does not have: answered, not crashed on. */
export class SandboxInputError extends Error {}
