// The worker's brain without the worker: requests in, views, replies and notices out. Every
// message a test sees must also pass the protocol's own schema, as the page validates it.
import { afterEach, expect, test } from "vitest";
import { decodeShareToken } from "@/lib/sandbox/command-log";
import { workerMessageSchema, type WorkerMessage, type WorkerRequestInput } from "@/lib/sandbox/protocol";
import { SandboxHost } from "@/lib/sandbox/sandbox-host";
import { SandboxSession } from "@/lib/sandbox/sandbox-session";
import { sandboxViewSchema } from "@/lib/sandbox/view-schema";
import { finalFiles } from "../scenarios/boot-scenario";
import { DEPLOYMENT, fakeEnvironment, memoryStorage, scenarioById, SHOP_REPO, type FakeEnvironment } from "./session-fixtures";

const scenario = scenarioById("argocd-single-app");
const scale = (replicas: number) => ({ type: "terminal", line: `kubectl scale deployment web -n shop --replicas=${replicas}` }) as const;
const edited = finalFiles(scenario)[DEPLOYMENT].replace("replicas: 2", "replicas: 4");

let environments: FakeEnvironment[] = [];

afterEach(() => {
  for (const env of environments) for (const message of env.messages) workerMessageSchema.parse(message);
  environments = [];
});

async function openHost(id = scenario.id, shared?: string) {
  const env = fakeEnvironment();
  environments.push(env);
  const host = new SandboxHost(env);
  await host.receive({ id: 1, type: "open", scenario: id, ...(shared ? { shared } : {}) });
  return { env, host };
}

/** The messages posted while `action` ran. */
async function during(env: FakeEnvironment, action: () => Promise<void>): Promise<WorkerMessage[]> {
  const from = env.messages.length;
  await action();
  return env.messages.slice(from);
}

function replyOf(env: FakeEnvironment, id: number) {
  const replies = env.replies().filter((reply) => reply.id === id);
  expect(replies).toHaveLength(1);
  return replies[0];
}

test("a malformed request is answered with ok:false, never thrown", async () => {
  const env = fakeEnvironment();
  environments.push(env);
  const host = new SandboxHost(env);
  await expect(host.receive({ id: 5, type: "command", command: { type: "rm-rf" } })).resolves.toBeUndefined();
  await host.receive(null);
  await host.receive("open the sandbox");
  await host.receive({ id: 6, type: "clock", speed: 5 });
  await host.receive({ id: 7, type: "command", command: { type: "advance", ms: 1500 } });
  expect(env.replies().map((reply) => [reply.id, reply.ok])).toEqual([
    [5, false],
    [0, false],
    [0, false],
    [6, false],
    [7, false],
  ]);
  for (const reply of env.replies()) expect(reply.ok === false && reply.error).toMatch(/^The sandbox did not understand that request \(.+\)\.$/);
  expect(env.views()).toEqual([]);
});

test("requests before open, and an unknown scenario, are refused with a message", async () => {
  const env = fakeEnvironment();
  environments.push(env);
  const host = new SandboxHost(env);
  await host.receive({ id: 1, type: "command", command: scale(3) });
  await host.receive({ id: 2, type: "open", scenario: "no-such-scenario" });
  expect(env.replies()).toEqual([
    { type: "reply", id: 1, ok: false, error: "Open a scenario first." },
    { type: "reply", id: 2, ok: false, error: 'There is no scenario called "no-such-scenario".' },
  ]);
});

test("open posts a view of the scenario, then replies; the record is saved", async () => {
  const env = fakeEnvironment();
  environments.push(env);
  const messages = await during(env, () => new SandboxHost(env).receive({ id: 1, type: "open", scenario: scenario.id }));
  expect(messages.map((message) => message.type)).toEqual(["view", "reply"]);
  expect(messages[1]).toEqual({ type: "reply", id: 1, ok: true, data: { kind: "done" } });
  const view = env.lastView();
  expect(sandboxViewSchema.parse(view)).toEqual(view);
  expect(view.scenario.id).toBe(scenario.id);
  expect(view.clock).toEqual({ running: true, speed: 1 });
  expect(view.logLength).toBe(0);
  expect(JSON.parse(env.saved!)).toMatchObject({ version: 1, scenario: scenario.id, log: [] });
});

test("a command replies with its result after a new view that shows it, and is saved", async () => {
  const { env, host } = await openHost();
  const command = { type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: edited } as const;
  const messages = await during(env, () => host.receive({ id: 2, type: "command", command }));
  expect(messages.map((message) => message.type)).toEqual(["view", "reply"]);
  expect(messages[1]).toEqual({ type: "reply", id: 2, ok: true, data: { kind: "command", result: { ok: true, message: `Saved ${DEPLOYMENT}` } } });
  expect(env.lastView().repositories[0].changes).toMatchObject([{ path: DEPLOYMENT, inHead: true, changedInWorktree: true }]);
  expect(env.lastView().logLength).toBe(1);
  expect(JSON.parse(env.saved!).log).toEqual([command]);

  await host.receive({ id: 3, type: "command", command: { type: "commit", repo: SHOP_REPO, message: "Nothing staged" } });
  expect(replyOf(env, 3)).toMatchObject({ ok: true, data: { kind: "command", result: { ok: false, message: "Nothing is staged: stage a change before you commit." } } });
});

test("tick advances the clock only while it runs, by the chosen speed", async () => {
  const { env, host } = await openHost();
  const start = env.lastView().time;
  await host.tick();
  expect(env.lastView().time - start).toBe(1000);

  await host.receive({ id: 2, type: "clock", running: false });
  expect(replyOf(env, 2)).toMatchObject({ ok: true, data: { kind: "done" } });
  expect(env.lastView().clock).toEqual({ running: false, speed: 1 });
  const paused = await during(env, () => host.tick());
  expect(paused).toEqual([]);
  expect(env.lastView().time - start).toBe(1000);

  await host.receive({ id: 3, type: "clock", running: true, speed: 60 });
  expect(env.lastView().clock).toEqual({ running: true, speed: 60 });
  await host.tick();
  expect(env.lastView().time - start).toBe(61_000);

  // Speed alone keeps the running state.
  await host.receive({ id: 4, type: "clock", speed: 10 });
  await host.tick();
  expect(env.lastView().clock).toEqual({ running: true, speed: 10 });
  expect(env.lastView().time - start).toBe(71_000);
  // Ticks are time, not actions.
  expect(env.lastView().logLength).toBe(0);
});

test("ticks are saved every fifth tick, merged into one advance", async () => {
  const { env, host } = await openHost();
  const saves = env.saves;
  for (let tick = 0; tick < 4; tick++) await host.tick();
  expect(env.saves).toBe(saves);
  await host.tick();
  expect(env.saves).toBe(saves + 1);
  expect(JSON.parse(env.saved!).log).toEqual([{ type: "advance", ms: 5000 }]);
});

test("step advances to the next reconcile, which then happens", async () => {
  const { env, host } = await openHost();
  const before = env.lastView();
  expect(before.nextReconcileAt).not.toBeNull();
  const expected = Math.max(1000, Math.ceil((before.nextReconcileAt! - before.time) / 1000) * 1000);
  await host.receive({ id: 2, type: "step" });
  expect(replyOf(env, 2)).toEqual({ type: "reply", id: 2, ok: true, data: { kind: "command", result: { ok: true, message: `Advanced ${expected / 1000} s to the next reconcile.` } } });
  const after = env.lastView();
  expect(after.time - before.time).toBe(expected);
  expect(after.time).toBeGreaterThanOrEqual(before.nextReconcileAt!);
  // The refresh that was due ran, so the next one is later.
  expect(after.nextReconcileAt).toBeGreaterThan(after.time);
  expect(after.nextReconcileAt).not.toBe(before.nextReconcileAt);
});

test("undo takes back the last command through the host; with nothing left it says so", async () => {
  const { env, host } = await openHost();
  const initial = env.lastView();
  await host.receive({ id: 2, type: "command", command: scale(5) });
  expect(env.lastView()).not.toEqual(initial);
  await host.receive({ id: 3, type: "undo" });
  expect(replyOf(env, 3)).toMatchObject({ ok: true, data: { kind: "command", result: { ok: true, message: "Undid the last action." } } });
  expect(env.lastView()).toEqual(initial);
  expect(JSON.parse(env.saved!).log).toEqual([]);
  await host.receive({ id: 4, type: "undo" });
  expect(replyOf(env, 4)).toMatchObject({ ok: true, data: { kind: "command", result: { ok: false, message: "There is nothing to undo." } } });
});

test("reset returns to the starting state, wipes the storage and says so", async () => {
  const { env, host } = await openHost();
  const initial = env.lastView();
  await host.receive({ id: 2, type: "command", command: { type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: edited } });
  await host.receive({ id: 3, type: "command", command: { type: "commit", repo: SHOP_REPO, message: "Run 4", all: true } });
  await host.tick();
  const wipes = env.wipes;
  const messages = await during(env, () => host.receive({ id: 4, type: "reset" }));
  expect(env.wipes).toBe(wipes + 1);
  expect(messages.filter((message) => message.type === "notice")).toEqual([{ type: "notice", level: "info", message: "The scenario was reset to its starting state." }]);
  expect(env.lastView()).toEqual(initial);
  expect(JSON.parse(env.saved!).log).toEqual([]);
});

test("a full storage posts ONE error notice however many saves fail, and one info notice when saving works again", async () => {
  const { env, host } = await openHost();
  env.failSaves = new DOMException("The quota has been exceeded.", "QuotaExceededError");
  await host.receive({ id: 2, type: "command", command: scale(3) });
  await host.receive({ id: 3, type: "command", command: scale(4) });
  for (let tick = 0; tick < 5; tick++) await host.tick();
  await host.receive({ id: 4, type: "step" });
  const failed = env.saves;
  expect(failed).toBeGreaterThanOrEqual(5);
  expect(env.notices()).toHaveLength(1);
  expect(env.notices()[0]).toMatchObject({ level: "error" });
  expect(env.notices()[0].message).toMatch(/storage/i);
  expect(env.notices()[0].message).toMatch(/full/i);
  // The commands themselves still worked.
  expect(replyOf(env, 3)).toMatchObject({ ok: true, data: { kind: "command", result: { ok: true } } });

  env.failSaves = null;
  await host.receive({ id: 5, type: "command", command: scale(6) });
  await host.receive({ id: 6, type: "command", command: scale(7) });
  expect(env.notices()).toHaveLength(2);
  expect(env.notices()[1]).toMatchObject({ level: "info" });
  expect(env.notices()[1].message).toMatch(/sav/i);
  expect(JSON.parse(env.saved!).log.filter((command: { type: string }) => command.type === "terminal")).toHaveLength(4);
});

test("another save failure is reported with its reason, once", async () => {
  const { env, host } = await openHost();
  env.failSaves = new Error("database closed");
  await host.receive({ id: 2, type: "command", command: scale(3) });
  await host.receive({ id: 3, type: "command", command: scale(4) });
  expect(env.notices()).toEqual([{ type: "notice", level: "error", message: expect.stringContaining("database closed") }]);
});

test("open with a share token from another session replays it: the same HEAD and the same view", async () => {
  const source = await openHost();
  await source.host.receive({ id: 2, type: "command", command: { type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: edited } });
  await source.host.receive({ id: 3, type: "command", command: { type: "commit", repo: SHOP_REPO, message: "Run 4", all: true } });
  for (let tick = 0; tick < 3; tick++) await source.host.tick();
  await source.host.receive({ id: 4, type: "command", command: { type: "refresh-now" } });
  await source.host.receive({ id: 5, type: "command", command: scale(9) });
  const shared = source.env.lastView();
  await source.host.receive({ id: 6, type: "share" });
  const reply = replyOf(source.env, 6);
  if (!reply.ok || reply.data.kind !== "share") throw new Error("no share token");

  const target = await openHost(scenario.id, reply.data.token);
  expect(replyOf(target.env, 1)).toMatchObject({ ok: true });
  expect(target.env.notices()).toEqual([{ type: "notice", level: "info", message: "Opened a shared sandbox: 5 recorded steps replayed." }]);
  expect(target.env.lastView().repositories[0].head.oid).toBe(shared.repositories[0].head.oid);
  expect(target.env.lastView()).toEqual(shared);
});

test("a share token for another scenario, or a damaged one, is refused and the open sandbox stays as it was", async () => {
  const flux = scenarioById("flux-single-app");
  const { env, host } = await openHost();
  await host.receive({ id: 2, type: "command", command: scale(5) });
  await host.receive({ id: 3, type: "share" });
  const share = replyOf(env, 3);
  if (!share.ok || share.data.kind !== "share") throw new Error("no share token");
  const wipes = env.wipes;

  await host.receive({ id: 4, type: "open", scenario: scenario.id, shared: share.data.token.slice(0, 20) });
  expect(replyOf(env, 4)).toEqual({ type: "reply", id: 4, ok: false, error: "This share link is damaged (it may have been cut off when copied)." });
  await host.receive({ id: 5, type: "open", scenario: flux.id, shared: share.data.token });
  expect(replyOf(env, 5)).toEqual({ type: "reply", id: 5, ok: false, error: `This share link belongs to the scenario "${scenario.id}".` });
  expect(env.wipes).toBe(wipes);

  // The argocd sandbox is still the open one: undo and reset act on it, not on flux.
  await host.receive({ id: 6, type: "undo" });
  expect(env.lastView().scenario.id).toBe(scenario.id);
  await host.receive({ id: 7, type: "command", command: scale(6) });
  await host.receive({ id: 8, type: "reset" });
  expect(env.lastView().scenario.id).toBe(scenario.id);
  expect(env.lastView().logLength).toBe(0);
});

test("requests run one at a time, in order: a commit fired right after a write sees the write", async () => {
  const { env, host } = await openHost();
  const fired = [
    host.receive({ id: 2, type: "command", command: { type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: edited } }),
    host.receive({ id: 3, type: "command", command: { type: "commit", repo: SHOP_REPO, message: "Run 4", all: true } }),
    host.tick(),
    host.receive({ id: 4, type: "read-file", repo: SHOP_REPO, path: DEPLOYMENT, revision: "HEAD" }),
    host.receive({ id: 5, type: "command", command: { type: "commit", repo: SHOP_REPO, message: "Again", all: true } }),
  ];
  await Promise.all(fired);
  expect(env.replies().map((reply) => reply.id)).toEqual([1, 2, 3, 4, 5]);
  expect(replyOf(env, 2)).toMatchObject({ ok: true, data: { kind: "command", result: { ok: true } } });
  expect(replyOf(env, 3)).toMatchObject({ ok: true, data: { kind: "command", result: { ok: true, message: expect.stringMatching(/^Committed [0-9a-f]{7}$/) } } });
  expect(replyOf(env, 4)).toEqual({ type: "reply", id: 4, ok: true, data: { kind: "file", content: edited } });
  expect(replyOf(env, 5)).toMatchObject({ ok: true, data: { kind: "command", result: { ok: false } } });
  expect(JSON.parse(env.saved!).log.map((command: { type: string }) => command.type)).toEqual(["write-file", "commit", "advance"]);
  // Views came out in order too: each later one at the same time or after.
  const times = env.views().map((view) => view.time);
  expect(times).toEqual([...times].sort((a, b) => a - b));
});

test("a reload resumes the saved record; a record whose repositories are gone is rebuilt from its history", async () => {
  const { env, host } = await openHost();
  await host.receive({ id: 2, type: "command", command: { type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: edited } });
  await host.receive({ id: 3, type: "command", command: { type: "commit", repo: SHOP_REPO, message: "Run 4", all: true } });
  const before = env.lastView();

  const wipes = env.wipes;
  await new SandboxHost(env).receive({ id: 1, type: "open", scenario: scenario.id });
  expect(env.wipes).toBe(wipes);
  expect(env.lastView()).toEqual(before);

  // The browser evicted the repositories but kept the record.
  const saved = env.saved;
  const { fs } = env.storage;
  await removeTree(fs, "/repos/shop");
  expect(env.saved).toBe(saved);
  const messages = await during(env, () => new SandboxHost(env).receive({ id: 1, type: "open", scenario: scenario.id }));
  expect(messages.filter((message) => message.type === "notice")).toEqual([{ type: "notice", level: "info", message: "Your saved sandbox was rebuilt from its history." }]);
  expect(env.wipes).toBe(wipes + 1);
  expect(env.lastView()).toEqual(before);
});

test("the read requests answer with data the protocol accepts", async () => {
  const { env, host } = await openHost();
  await host.receive({ id: 2, type: "command", command: { type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: edited } });
  const head = env.lastView().repositories[0].head.oid!;
  const requests: WorkerRequestInput[] = [
    { id: 3, type: "read-file", repo: SHOP_REPO, path: DEPLOYMENT },
    { id: 4, type: "diff-worktree", repo: SHOP_REPO },
    { id: 5, type: "diff-commits", repo: SHOP_REPO, from: null, to: head },
    { id: 6, type: "live-object", cluster: "in-cluster", object: { group: "apps", kind: "Deployment", namespace: "shop", name: "web" } },
    { id: 7, type: "complete", line: "kubectl get po" },
    { id: 8, type: "export-repository", repo: SHOP_REPO },
    { id: 9, type: "share" },
    { id: 10, type: "read-file", repo: "https://git.example/nope.git", path: "x" },
  ];
  for (const request of requests) await host.receive(request);
  expect(env.replies().slice(1).map((reply) => (reply.ok ? reply.data.kind : "error"))).toEqual(["command", "file", "diff", "diff", "live-object", "completions", "export", "share", "error"]);
  expect(replyOf(env, 3)).toMatchObject({ data: { content: edited } });
  expect(replyOf(env, 4)).toMatchObject({ data: { files: [{ path: DEPLOYMENT, status: "modified" }] } });
  expect(replyOf(env, 10)).toEqual({ type: "reply", id: 10, ok: false, error: "There is no repository https://git.example/nope.git in this scenario." });
});

/** rm -rf on the memfs volume, one level at a time (the GitFs interface has no recursive rm). */
async function removeTree(fs: FakeEnvironment["storage"]["fs"], path: string): Promise<void> {
  let names: string[];
  try {
    names = (await fs.promises.readdir(path)) as string[];
  } catch {
    return;
  }
  for (const name of names) {
    const child = `${path}/${name}`;
    if ((await fs.promises.stat(child)).isDirectory()) await removeTree(fs, child);
    else await fs.promises.unlink(child);
  }
  await fs.promises.rmdir(path);
}

test("the host's replay of a shared log matches a session replaying the same log", async () => {
  const { env, host } = await openHost();
  await host.receive({ id: 2, type: "command", command: scale(8) });
  await host.tick();
  await host.receive({ id: 3, type: "share" });
  const share = replyOf(env, 3);
  if (!share.ok || share.data.kind !== "share") throw new Error("no share token");
  const target = await openHost(scenario.id, share.data.token);
  const decoded = decodeShareToken(share.data.token);
  if (!decoded.ok) throw new Error(decoded.message);
  expect(decoded.log.map((command) => command.type)).toEqual(["terminal", "advance"]);
  const session = await SandboxSession.replay(scenario, memoryStorage(), decoded.log);
  expect(target.env.lastView()).toEqual(await session.view({ running: true, speed: 1 }));
});
