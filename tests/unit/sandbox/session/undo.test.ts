// Undo has two paths that must agree: an in-memory checkpoint (fast) and, when there is none
// (after a reload, or beyond the checkpoint limit), a replay of the log without the last action.
// Both must give the state of never having done the action.
import { expect, test } from "vitest";
import { withoutLastAction } from "@/lib/sandbox/command-log";
import type { SandboxCommand } from "@/lib/sandbox/commands";
import { SandboxHost } from "@/lib/sandbox/sandbox-host";
import { SandboxSession, type SandboxStorage } from "@/lib/sandbox/sandbox-session";
import { finalFiles } from "../scenarios/boot-scenario";
import {
  DEPLOYMENT,
  deploymentReplicas,
  fakeEnvironment,
  headOf,
  memoryStorage,
  repositorySnapshot,
  RUNNING,
  scenarioById,
  SHOP_REPO,
  worldJson,
} from "./session-fixtures";

const scenario = scenarioById("argocd-single-app");
const edited = finalFiles(scenario)[DEPLOYMENT].replace("replicas: 2", "replicas: 4");

/** Demands that `session` (on `storage`) is in exactly the state a replay of its log builds. */
async function expectSameAsReplay(session: SandboxSession, storage: SandboxStorage): Promise<void> {
  const fresh = memoryStorage();
  const replayed = await SandboxSession.replay(scenario, fresh, session.log);
  expect(worldJson(session.world)).toBe(worldJson(replayed.world));
  expect(await session.view(RUNNING)).toEqual(await replayed.view(RUNNING));
  expect(await repositorySnapshot(storage)).toEqual(await repositorySnapshot(fresh));
}

test("undoing a commit restores HEAD, the index and the world; undoing the edit restores the file", async () => {
  const storage = memoryStorage();
  const session = await SandboxSession.start(scenario, storage);
  const original = { head: await headOf(session), world: session.world, files: await repositorySnapshot(storage) };
  await session.execute({ type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: edited });
  const afterWrite = { world: session.world, files: await repositorySnapshot(storage) };
  await session.execute({ type: "advance", ms: 2000 });
  const beforeCommit = { world: session.world, view: await session.view(RUNNING) };
  await session.execute({ type: "commit", repo: SHOP_REPO, message: "Run 4 replicas", all: true });
  await session.execute({ type: "refresh-now" });
  await session.execute({ type: "advance", ms: 3000 });
  expect(deploymentReplicas(session.world)).toBe(4);

  // The last action is the refresh: it goes with the time after it.
  expect(await session.undoFromCheckpoint()).toBe(true);
  expect(session.log.map((command) => command.type)).toEqual(["write-file", "advance", "commit"]);

  expect(await session.undoFromCheckpoint()).toBe(true);
  expect(session.log.map((command) => command.type)).toEqual(["write-file", "advance"]);
  expect(await headOf(session)).toBe(original.head);
  expect(session.world).toBe(beforeCommit.world);
  expect(deploymentReplicas(session.world)).toBe(2);
  // The edit is back to an uncommitted change, as before the commit.
  expect(await session.view(RUNNING)).toEqual(beforeCommit.view);
  expect(await session.readFile(SHOP_REPO, DEPLOYMENT)).toBe(edited);
  await expectSameAsReplay(session, storage);

  expect(await session.undoFromCheckpoint()).toBe(true);
  // The time before the edit stays; the time after it goes with it.
  expect(session.log).toEqual([]);
  expect(session.world).toBe(original.world);
  expect(afterWrite.world).toBe(original.world);
  expect(await session.readFile(SHOP_REPO, DEPLOYMENT)).toBe(finalFiles(scenario)[DEPLOYMENT]);
  expect(await repositorySnapshot(storage)).toEqual(original.files);
  expect(afterWrite.files).not.toEqual(original.files);
  expect(await session.undoFromCheckpoint()).toBe(false);
});

test("undoing a terminal scale restores the world, and the time before it stays", async () => {
  const session = await SandboxSession.start(scenario, memoryStorage());
  await session.execute({ type: "advance", ms: 2000 });
  const before = session.world;
  await session.execute({ type: "terminal", line: "kubectl scale deployment web -n shop --replicas=5" });
  await session.execute({ type: "advance", ms: 1000 });
  expect(deploymentReplicas(session.world)).toBe(5);
  expect(await session.undoFromCheckpoint()).toBe(true);
  expect(session.world).toBe(before);
  expect(session.log).toEqual([{ type: "advance", ms: 2000 }]);
  expect(session.canUndo()).toBe(false);
});

test("undo is refused when no checkpoint matches: after resume, and past the last 30 actions", async () => {
  const storage = memoryStorage();
  const session = await SandboxSession.start(scenario, storage);
  for (let replicas = 1; replicas <= 31; replicas++) await session.execute({ type: "terminal", line: `kubectl scale deployment web -n shop --replicas=${replicas}` });
  expect(session.log).toHaveLength(31);
  const resumed = SandboxSession.resume(scenario, storage, session.record());
  const world = resumed.world;
  expect(resumed.canUndo()).toBe(true);
  expect(await resumed.undoFromCheckpoint()).toBe(false);
  expect(resumed.world).toBe(world);
  expect(resumed.log).toHaveLength(31);

  for (let undone = 1; undone <= 30; undone++) {
    expect(await session.undoFromCheckpoint()).toBe(true);
    expect(deploymentReplicas(session.world)).toBe(31 - undone);
  }
  expect(await session.undoFromCheckpoint()).toBe(false);
  expect(session.log).toHaveLength(1);
});

test("undo leaves no empty folder behind: the folder's name can then be used for a file, as after a replay", async () => {
  const storage = memoryStorage();
  const session = await SandboxSession.start(scenario, storage);
  await session.execute({ type: "write-file", repo: SHOP_REPO, path: "notes/todo.md", content: "- scale up\n" });
  expect(await session.undoFromCheckpoint()).toBe(true);
  await expectSameAsReplay(session, storage);
  expect(await session.execute({ type: "write-file", repo: SHOP_REPO, path: "notes", content: "a file now\n" })).toEqual({ ok: true, message: "Saved notes" });
});

test("undo of a branch feature/x leaves no refs/heads/feature folder, so a branch feature can be created", async () => {
  const storage = memoryStorage();
  const session = await SandboxSession.start(scenario, storage);
  await session.execute({ type: "create-branch", repo: SHOP_REPO, name: "feature/x", checkout: false });
  expect(await session.undoFromCheckpoint()).toBe(true);
  await expectSameAsReplay(session, storage);
  expect(await session.execute({ type: "create-branch", repo: SHOP_REPO, name: "feature", checkout: false })).toEqual({ ok: true, message: "Created branch 'feature'" });
});

test("undo where a file became a folder puts the file back (no EISDIR half-way through)", async () => {
  const storage = memoryStorage();
  const session = await SandboxSession.start(scenario, storage);
  const service = finalFiles(scenario)["apps/web/service.yaml"];
  await session.execute({ type: "delete-path", repo: SHOP_REPO, path: "apps/web/service.yaml" });
  await session.execute({ type: "write-file", repo: SHOP_REPO, path: "apps/web/service.yaml/extra.yaml", content: "kind: ConfigMap\n" });
  expect(await session.undoFromCheckpoint()).toBe(true);
  await expectSameAsReplay(session, storage);
  expect(await session.undoFromCheckpoint()).toBe(true);
  expect(await session.readFile(SHOP_REPO, "apps/web/service.yaml")).toBe(service);
  expect((await session.view(RUNNING)).repositories[0].changes).toEqual([]);
  await expectSameAsReplay(session, storage);
});

test("undo of a conflicted merge clears the merge in progress and the markers", async () => {
  const storage = memoryStorage();
  const session = await SandboxSession.start(scenario, storage);
  const readme = finalFiles(scenario)["README.md"];
  const script: SandboxCommand[] = [
    { type: "create-branch", repo: SHOP_REPO, name: "docs", checkout: true },
    { type: "write-file", repo: SHOP_REPO, path: "README.md", content: `${readme}\nbranch\n` },
    { type: "commit", repo: SHOP_REPO, message: "Branch docs", all: true },
    { type: "switch-branch", repo: SHOP_REPO, name: "main" },
    { type: "write-file", repo: SHOP_REPO, path: "README.md", content: `${readme}\nmain\n` },
    { type: "commit", repo: SHOP_REPO, message: "Main docs", all: true },
  ];
  for (const command of script) expect((await session.execute(command)).ok).toBe(true);
  const before = await session.view(RUNNING);
  const merge = await session.execute({ type: "merge-branch", repo: SHOP_REPO, from: "docs" });
  expect(merge).toMatchObject({ ok: false, openFile: { repo: SHOP_REPO, path: "README.md" } });
  expect((await session.view(RUNNING)).repositories[0].operation).toMatchObject({ kind: "merge", conflicts: ["README.md"] });
  expect(await session.undoFromCheckpoint()).toBe(true);
  expect(await session.view(RUNNING)).toEqual(before);
  await expectSameAsReplay(session, storage);
});

test("undo through the host after a reload (no checkpoints) replays the log without the action: the same state as never doing it", async () => {
  const env = fakeEnvironment();
  const first = new SandboxHost(env);
  await first.receive({ id: 1, type: "open", scenario: scenario.id });
  const commands: SandboxCommand[] = [
    { type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: edited },
    { type: "commit", repo: SHOP_REPO, message: "Run 4 replicas", all: true },
    { type: "terminal", line: "kubectl scale deployment web -n shop --replicas=7" },
  ];
  for (const [index, command] of commands.entries()) await first.receive({ id: 2 + index, type: "command", command });
  for (let tick = 0; tick < 5; tick++) await first.tick();
  const saved = JSON.parse(env.saved!) as { log: SandboxCommand[] };
  expect(saved.log.map((command) => command.type)).toEqual(["write-file", "commit", "terminal", "advance"]);

  // A reload: a new host on the same storage resumes the saved record, with no checkpoints.
  const second = new SandboxHost(env);
  await second.receive({ id: 1, type: "open", scenario: scenario.id });
  const wipes = env.wipes;
  await second.receive({ id: 2, type: "undo" });
  expect(env.replies().at(-1)).toEqual({ type: "reply", id: 2, ok: true, data: { kind: "command", result: { ok: true, message: "Undid the last action." } } });
  expect(env.wipes).toBe(wipes + 1);

  const never = await SandboxSession.replay(scenario, memoryStorage(), withoutLastAction(saved.log));
  expect(never.log.map((command) => command.type)).toEqual(["write-file", "commit"]);
  expect(env.lastView()).toEqual(await never.view(RUNNING));
  expect(JSON.parse(env.saved!)).toEqual(JSON.parse(JSON.stringify(never.record())));

  // The checkpoint path on the first host agrees with the replay path on the second.
  const other = fakeEnvironment();
  const third = new SandboxHost(other);
  await third.receive({ id: 1, type: "open", scenario: scenario.id });
  for (const [index, command] of commands.entries()) await third.receive({ id: 2 + index, type: "command", command });
  for (let tick = 0; tick < 5; tick++) await third.tick();
  const thirdWipes = other.wipes;
  await third.receive({ id: 9, type: "undo" });
  expect(other.wipes).toBe(thirdWipes);
  expect(other.lastView()).toEqual(env.lastView());
});
