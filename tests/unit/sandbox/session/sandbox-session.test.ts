import { expect, test } from "vitest";
import { commit, readFile, switchBranch } from "@/lib/git";
import { sandboxViewSchema } from "@/lib/sandbox/view-schema";
import { SandboxSession } from "@/lib/sandbox/sandbox-session";
import { finalFiles } from "../scenarios/boot-scenario";
import { rejection } from "../../git/memory-repo";
import { DEPLOYMENT, deploymentReplicas, headOf, hubPods, memoryStorage, RUNNING, scenarioById, SHOP_REPO } from "./session-fixtures";

const scenario = scenarioById("argocd-single-app");

async function started() {
  return SandboxSession.start(scenario, memoryStorage());
}

test("a started session: the seed's files, an empty log, a view that parses, and nothing to undo", async () => {
  const session = await started();
  const view = await session.view(RUNNING);
  expect(sandboxViewSchema.parse(view)).toEqual(view);
  expect(session.log).toEqual([]);
  expect(session.canUndo()).toBe(false);
  expect(view.logLength).toBe(0);
  expect(view.scenario).toMatchObject({ id: scenario.id, title: scenario.title, summary: scenario.summary });
  expect(view.repositories.map((repository) => repository.name)).toEqual(["shop"]);
  expect(view.repositories[0].files).toEqual(Object.keys(finalFiles(scenario)).sort());
  expect(view.repositories[0].commits).toHaveLength(3);
  expect(await session.readFile(SHOP_REPO, DEPLOYMENT)).toBe(finalFiles(scenario)[DEPLOYMENT]);
  expect(await session.readFile(SHOP_REPO, "no/such/file.yaml")).toBeNull();
  expect(view.applications.map((app) => [app.name, app.sync.status, app.health.status])).toEqual([["web", "Synced", "Healthy"]]);
  expect(view.time).toBe(session.world.now);
});

test("write-file then commit: the new replicas are committed at HEAD and the log holds exactly those 2 commands", async () => {
  const session = await started();
  const headBefore = await headOf(session);
  const content = finalFiles(scenario)[DEPLOYMENT].replace("replicas: 2", "replicas: 4");
  const write = { type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content } as const;
  const save = { type: "commit", repo: SHOP_REPO, message: "Run 4 replicas", all: true } as const;
  expect(await session.execute(write)).toEqual({ ok: true, message: `Saved ${DEPLOYMENT}` });
  const committed = await session.execute(save);
  const view = await session.view(RUNNING);
  const head = view.repositories[0].head.oid!;
  expect(committed).toEqual({ ok: true, message: `Committed ${head.slice(0, 7)}` });
  expect(head).not.toBe(headBefore);
  expect(view.repositories[0].commits[0]).toMatchObject({ oid: head, message: "Run 4 replicas\n", parents: [headBefore] });
  // The commit is dated by the simulated clock, not the machine's.
  expect(view.repositories[0].commits[0].author.timestamp).toBe(Math.floor(session.world.now / 1000));
  expect(await readFile(session.contexts[SHOP_REPO], { path: DEPLOYMENT, ref: head })).toContain("replicas: 4");
  expect(view.repositories[0].changes).toEqual([]);
  expect(session.log).toEqual([write, save]);
  expect(view.logLength).toBe(2);
});

test("a failed commit (nothing staged) answers with lib/git's own message and is not logged", async () => {
  const session = await started();
  const expected = await rejection(commit(session.contexts[SHOP_REPO], { message: "Nothing", all: true }));
  const world = session.world;
  const result = await session.execute({ type: "commit", repo: SHOP_REPO, message: "Nothing", all: true });
  expect(expected.code).toBe("NOTHING_TO_COMMIT");
  expect(result).toEqual({ ok: false, message: expected.message });
  expect(session.log).toEqual([]);
  expect(session.world).toBe(world);
  expect(session.canUndo()).toBe(false);
});

test("switching to a missing branch fails with lib/git's message, is not logged, and leaves nothing to undo", async () => {
  const session = await started();
  await session.execute({ type: "terminal", line: "kubectl scale deployment web -n shop --replicas=3" });
  const expected = await rejection(switchBranch(session.contexts[SHOP_REPO], { name: "no-such-branch" }));
  const result = await session.execute({ type: "switch-branch", repo: SHOP_REPO, name: "no-such-branch" });
  expect(result).toEqual({ ok: false, message: expected.message });
  expect(result.message).toContain("no-such-branch");
  expect(session.log.map((command) => command.type)).toEqual(["terminal"]);
  // Undo takes back the scale (the last thing that happened), not the failed switch.
  expect(await session.undoFromCheckpoint()).toBe(true);
  expect(session.log).toEqual([]);
  expect(deploymentReplicas(session.world)).toBe(2);
});

test("a command for a repository the scenario does not have is refused with a message", async () => {
  const session = await started();
  await expect(session.execute({ type: "write-file", repo: "https://git.example/other.git", path: "a.txt", content: "a" })).rejects.toThrow(
    "There is no repository https://git.example/other.git in this scenario.",
  );
  expect(session.log).toEqual([]);
});

test("a terminal read is answered but not logged; a terminal scale changes the world and is logged", async () => {
  const session = await started();
  const world = session.world;
  const pods = await session.execute({ type: "terminal", line: "kubectl get pods -n shop" });
  expect(pods.ok).toBe(true);
  for (const name of hubPods(world, "shop")) expect(pods.output).toContain(name);
  expect(pods.output).toMatch(/^NAME\s+READY\s+STATUS/);
  expect(session.world).toBe(world);
  expect(session.log).toEqual([]);

  const scale = { type: "terminal", line: "kubectl scale deployment web -n shop --replicas=5" } as const;
  expect(await session.execute(scale)).toEqual({ ok: true, output: "deployment.apps/web scaled" });
  expect(deploymentReplicas(session.world)).toBe(5);
  expect(session.log).toEqual([scale]);

  // A failing line that changes nothing is not an action either.
  const missing = await session.execute({ type: "terminal", line: "kubectl scale deployment nope -n shop --replicas=5" });
  expect(missing.ok).toBe(false);
  expect(session.log).toEqual([scale]);
});

test("commit, refresh-now: OutOfSync at the new revision; 10 s later Synced and Healthy with 4 pods", async () => {
  const session = await started();
  const before = (await session.view(RUNNING)).applications[0].sync.revision;
  await session.execute({ type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: finalFiles(scenario)[DEPLOYMENT].replace("replicas: 2", "replicas: 4") });
  await session.execute({ type: "commit", repo: SHOP_REPO, message: "Run 4 replicas", all: true });
  const head = await headOf(session);
  // Argo CD has not looked at Git again yet.
  expect((await session.view(RUNNING)).applications[0].sync).toEqual({ status: "Synced", revision: before });

  expect(await session.execute({ type: "refresh-now" })).toMatchObject({ ok: true });
  const refreshed = await session.view(RUNNING);
  expect(refreshed.applications[0].sync).toEqual({ status: "OutOfSync", revision: head });
  expect(hubPods(session.world, "shop")).toHaveLength(2);

  expect(await session.execute({ type: "advance", ms: 10_000 })).toEqual({ ok: true });
  const settled = await session.view(RUNNING);
  expect(settled.time - refreshed.time).toBe(10_000);
  expect(settled.applications[0].sync).toEqual({ status: "Synced", revision: head });
  expect(settled.applications[0].health.status).toBe("Healthy");
  expect(hubPods(session.world, "shop")).toHaveLength(4);
  expect(sandboxViewSchema.parse(settled)).toEqual(settled);
  expect(session.log.map((command) => command.type)).toEqual(["write-file", "commit", "refresh-now", "advance"]);
});

test("consecutive advances are logged as one, and time passing alone is nothing to undo", async () => {
  const session = await started();
  const start = session.world.now;
  await session.execute({ type: "advance", ms: 2000 });
  await session.execute({ type: "advance", ms: 3000 });
  expect(session.log).toEqual([{ type: "advance", ms: 5000 }]);
  expect(session.world.now - start).toBe(5000);
  expect(session.canUndo()).toBe(false);
  expect((await session.view(RUNNING)).logLength).toBe(0);
  expect(await session.undoFromCheckpoint()).toBe(false);
});

test("sync-app of an unknown application is refused and not logged", async () => {
  const session = await started();
  const result = await session.execute({ type: "sync-app", name: "nope", prune: false });
  expect(result.ok).toBe(false);
  expect(result.message).toContain("nope");
  expect(session.log).toEqual([]);
});

test("git commands that succeed without changing anything are answered but are not actions to log or undo", async () => {
  const session = await started();
  expect(await session.execute({ type: "stage", repo: SHOP_REPO })).toEqual({ ok: true, message: "Nothing to stage" });
  expect(await session.execute({ type: "unstage", repo: SHOP_REPO })).toEqual({ ok: true, message: "Unstaged 0 files" });
  expect(await session.execute({ type: "discard", repo: SHOP_REPO, paths: [DEPLOYMENT] })).toEqual({ ok: true, message: "Nothing to discard" });
  expect(await session.execute({ type: "merge-branch", repo: SHOP_REPO, from: "main" })).toEqual({ ok: true, message: "Already up to date." });
  expect(session.log).toEqual([]);
  expect(session.canUndo()).toBe(false);
  // The same commands do count once they change something.
  await session.execute({ type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: "changed: true\n" });
  expect(await session.execute({ type: "stage", repo: SHOP_REPO })).toEqual({ ok: true, message: "Staged 1 file" });
  expect(session.log.map((command) => command.type)).toEqual(["write-file", "stage"]);
});
