// Coming back to the sandbox: the worker resumes from the saved record (log and world) and the
// repositories already on the storage fs, without replaying anything.
import { expect, test } from "vitest";
import { SandboxSession, type SessionRecord } from "@/lib/sandbox/sandbox-session";
import { finalFiles } from "../scenarios/boot-scenario";
import { DEPLOYMENT, deploymentReplicas, headOf, memoryStorage, RUNNING, scenarioById, SHOP_REPO, worldJson } from "./session-fixtures";

const scenario = scenarioById("argocd-single-app");

async function worked() {
  const storage = memoryStorage();
  const session = await SandboxSession.start(scenario, storage);
  await session.execute({ type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: finalFiles(scenario)[DEPLOYMENT].replace("replicas: 2", "replicas: 3") });
  await session.execute({ type: "commit", repo: SHOP_REPO, message: "Run 3 replicas", all: true });
  await session.execute({ type: "terminal", line: "kubectl scale deployment web -n shop --replicas=6" });
  await session.execute({ type: "advance", ms: 2000 });
  // An uncommitted edit, to prove the working tree is read from storage, not rebuilt.
  await session.execute({ type: "write-file", repo: SHOP_REPO, path: "NOTES.md", content: "to do\n" });
  return { storage, session };
}

test("record() holds the scenario, the log and the world, and survives a JSON round trip unchanged", async () => {
  const { session } = await worked();
  const record = session.record();
  expect(record).toMatchObject({ version: 1, scenario: scenario.id });
  expect(record.log).toEqual(session.log);
  expect(record.log).not.toBe(session.log);
  expect(record.world).toBe(session.world);
  expect(JSON.parse(JSON.stringify(record))).toEqual(record);
});

test("resume on the same storage continues where the session left off: the same view, and the next commands work", async () => {
  const { storage, session } = await worked();
  const record = JSON.parse(JSON.stringify(session.record())) as SessionRecord;
  const resumed = SandboxSession.resume(scenario, storage, record);
  const view = await session.view(RUNNING);
  expect(await resumed.view(RUNNING)).toEqual(view);
  expect(resumed.log).toEqual(session.log);
  expect(resumed.canUndo()).toBe(true);
  expect(await resumed.readFile(SHOP_REPO, "NOTES.md")).toBe("to do\n");

  expect(await resumed.execute({ type: "commit", repo: SHOP_REPO, message: "Notes", all: true })).toMatchObject({ ok: true });
  expect(await headOf(resumed)).not.toBe(view.repositories[0].head.oid);
  await resumed.execute({ type: "advance", ms: 10_000 });
  // Argo CD's self-heal ran on the resumed world: the hand-made 6 went back to the synced
  // revision's 2 (the commit to 3 has not been refreshed yet).
  expect(deploymentReplicas(record.world)).toBe(6);
  expect(deploymentReplicas(resumed.world)).toBe(2);
  expect(resumed.log.map((command) => command.type)).toEqual(["write-file", "commit", "terminal", "advance", "write-file", "commit", "advance"]);

  // What the resumed session did is what one uninterrupted session would have done.
  const uninterrupted = await SandboxSession.replay(scenario, memoryStorage(), resumed.log);
  expect(worldJson(resumed.world)).toBe(worldJson(uninterrupted.world));
  expect(await resumed.view(RUNNING)).toEqual(await uninterrupted.view(RUNNING));
});

test("a resumed session has no checkpoints but the same history to share", async () => {
  const { storage, session } = await worked();
  const resumed = SandboxSession.resume(scenario, storage, session.record());
  expect(resumed.shareToken()).toBe(session.shareToken());
  expect(await resumed.undoFromCheckpoint()).toBe(false);
});
