// The command log is the source of truth: replaying it from the seed on an empty storage must
// rebuild the same world (byte for byte) and the same repositories (the same SHAs), or share
// links, undo after a reload and crash recovery would all drift from what the learner saw.
import { expect, test } from "vitest";
import type { SandboxCommand } from "@/lib/sandbox/commands";
import { SandboxSession } from "@/lib/sandbox/sandbox-session";
import { finalFiles } from "../scenarios/boot-scenario";
import { DEPLOYMENT, memoryStorage, repositorySnapshot, RUNNING, scenarioById, SHOP_REPO, worldJson } from "./session-fixtures";

const CONFIGMAP = "apps/web/configmap.yaml";

/** Runs each command and demands the outcome the script expects, so a silently failing step cannot pass. */
async function run(session: SandboxSession, script: [SandboxCommand, boolean][]): Promise<void> {
  for (const [command, ok] of script) expect((await session.execute(command)).ok, JSON.stringify(command)).toBe(ok);
}

async function expectSameState(original: SandboxSession, originalStorage: ReturnType<typeof memoryStorage>) {
  const storage = memoryStorage();
  const replayed = await SandboxSession.replay(original.scenario, storage, original.log);
  expect(replayed.log).toEqual(original.log);
  expect(worldJson(replayed.world)).toBe(worldJson(original.world));
  const [mine, theirs] = [await original.view(RUNNING), await replayed.view(RUNNING)];
  expect(theirs.repositories[0].head).toEqual(mine.repositories[0].head);
  expect(theirs).toEqual(mine);
  expect(await repositorySnapshot(storage)).toEqual(await repositorySnapshot(originalStorage));
  return mine;
}

test("argocd-single-app: edits, commits, a branch, a pull request opened, approved and merged, drift, time and a refresh replay identically", async () => {
  const scenario = scenarioById("argocd-single-app");
  const storage = memoryStorage();
  const session = await SandboxSession.start(scenario, storage);
  const files = finalFiles(scenario);
  await run(session, [
    [{ type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: files[DEPLOYMENT].replace("replicas: 2", "replicas: 3") }, true],
    [{ type: "commit", repo: SHOP_REPO, message: "Run 3 replicas", all: true }, true],
    [{ type: "advance", ms: 2000 }, true],
    [{ type: "create-branch", repo: SHOP_REPO, name: "feature/greeting", checkout: true }, true],
    [{ type: "write-file", repo: SHOP_REPO, path: CONFIGMAP, content: files[CONFIGMAP].replace("Hello from Git", "Hello from a branch") }, true],
    [{ type: "stage", repo: SHOP_REPO, paths: [CONFIGMAP] }, true],
    [{ type: "commit", repo: SHOP_REPO, message: "Greet from the branch" }, true],
    // Refused (nothing staged): not logged, so the replay never sees it.
    [{ type: "commit", repo: SHOP_REPO, message: "Again" }, false],
    [{ type: "switch-branch", repo: SHOP_REPO, name: "main" }, true],
    [{ type: "open-pull-request", repo: SHOP_REPO, source: "feature/greeting", base: "main", title: "New greeting", description: "Say hello differently." }, true],
    [{ type: "advance", ms: 3000 }, true],
    [{ type: "approve-pull-request", repo: SHOP_REPO, number: 1 }, true],
    [{ type: "merge-pull-request", repo: SHOP_REPO, number: 1 }, true],
    [{ type: "terminal", line: "kubectl scale deployment web -n shop --replicas=6" }, true],
    [{ type: "terminal", line: "kubectl get deployments -n shop" }, true],
    [{ type: "advance", ms: 2000 }, true],
    [{ type: "advance", ms: 4000 }, true],
    [{ type: "refresh-now" }, true],
    [{ type: "advance", ms: 5000 }, true],
  ]);
  expect(session.log.map((command) => command.type)).toEqual([
    "write-file",
    "commit",
    "advance",
    "create-branch",
    "write-file",
    "stage",
    "commit",
    "switch-branch",
    "open-pull-request",
    "advance",
    "approve-pull-request",
    "merge-pull-request",
    "terminal",
    "advance",
    "refresh-now",
    "advance",
  ]);
  const view = await expectSameState(session, storage);
  // The script did what it says, so the comparison above compared something.
  expect(view.repositories[0].pullRequests[0]).toMatchObject({ number: 1, state: "merged" });
  expect(view.repositories[0].branches.map((branch) => branch.name)).toEqual(["feature/greeting", "main"]);
  expect(view.applications[0].sync).toEqual({ status: "Synced", revision: view.repositories[0].head.oid });
});

test("flux-single-app: a conflicting merge (logged although it failed), its resolution and live edits replay identically", async () => {
  const scenario = scenarioById("flux-single-app");
  const storage = memoryStorage();
  const session = await SandboxSession.start(scenario, storage);
  const readme = finalFiles(scenario)["README.md"];
  await run(session, [
    [{ type: "create-branch", repo: SHOP_REPO, name: "docs", checkout: true }, true],
    [{ type: "write-file", repo: SHOP_REPO, path: "README.md", content: `${readme}\nFrom the docs branch.\n` }, true],
    [{ type: "commit", repo: SHOP_REPO, message: "Docs", all: true }, true],
    [{ type: "switch-branch", repo: SHOP_REPO, name: "main" }, true],
    [{ type: "write-file", repo: SHOP_REPO, path: "README.md", content: `${readme}\nFrom main.\n` }, true],
    [{ type: "commit", repo: SHOP_REPO, message: "Main docs", all: true }, true],
    [{ type: "merge-branch", repo: SHOP_REPO, from: "docs" }, false],
    [{ type: "write-file", repo: SHOP_REPO, path: "README.md", content: `${readme}\nFrom both.\n` }, true],
    [{ type: "stage", repo: SHOP_REPO }, true],
    [{ type: "conclude-merge", repo: SHOP_REPO }, true],
    [{ type: "terminal", line: "kubectl scale deployment web -n shop --replicas=4" }, true],
    [{ type: "advance", ms: 7000 }, true],
    [{ type: "terminal", line: "flux reconcile kustomization web --with-source" }, true],
    [{ type: "advance", ms: 3000 }, true],
  ]);
  expect(session.log.map((command) => command.type)).toContain("merge-branch");
  const view = await expectSameState(session, storage);
  expect(view.repositories[0].commits[0].parents).toHaveLength(2);
  expect(view.repositories[0].operation).toBeNull();
});

test("replay is sensitive to the log: one command fewer gives another world and another HEAD", async () => {
  const scenario = scenarioById("argocd-single-app");
  const session = await SandboxSession.start(scenario, memoryStorage());
  await session.execute({ type: "write-file", repo: SHOP_REPO, path: "NOTES.md", content: "notes\n" });
  await session.execute({ type: "commit", repo: SHOP_REPO, message: "Notes", all: true });
  await session.execute({ type: "advance", ms: 2000 });
  const shorter = await SandboxSession.replay(scenario, memoryStorage(), session.log.slice(0, -1));
  expect(worldJson(shorter.world)).not.toBe(worldJson(session.world));
  const other = await SandboxSession.replay(scenario, memoryStorage(), [{ type: "advance", ms: 1000 }, ...session.log]);
  expect((await other.view(RUNNING)).repositories[0].head.oid).not.toBe((await session.view(RUNNING)).repositories[0].head.oid);
});
