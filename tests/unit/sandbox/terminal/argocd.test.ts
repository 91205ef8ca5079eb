import { expect, test } from "vitest";
import { deploymentYaml } from "../../reconciler/argocd/fixtures";
import { appStatus } from "../../reconciler/argocd/world-harness";
import { deployment, live, shop } from "./terminal-harness";

const revisionOf = (world: { argo: Record<string, { rendered?: { revision: string } }> }) => world.argo.web.rendered!.revision;

test("argocd app list: one row per Application with the wide columns argocd prints by default", async () => {
  const { run } = await shop();
  expect((await run("argocd app list")).output).toBe(
    [
      "NAME        CLUSTER                         NAMESPACE  PROJECT  STATUS  HEALTH   SYNCPOLICY  CONDITIONS  REPO                          PATH      TARGET",
      "argocd/web  https://kubernetes.default.svc  shop       default  Synced  Healthy  Auto        <none>      https://git.example/shop.git  apps/web  main",
    ].join("\n"),
  );
  expect((await run("argocd app list -o name")).output).toBe("argocd/web");
});

test("argocd app get: the summary block, then the resources with the last sync's messages", async () => {
  const { run, sim } = await shop({ automated: "{ prune: true, selfHeal: true }" });
  expect((await run("argocd app get web")).output).toBe(
    [
      "Name:               argocd/web",
      "Project:            default",
      "Server:             https://kubernetes.default.svc",
      "Namespace:          shop",
      "Repo:               https://git.example/shop.git",
      "Target:             main",
      "Path:               apps/web",
      "SyncWindow:         Sync Allowed",
      "Sync Policy:        Automated (Prune)",
      `Sync Status:        Synced to main (${revisionOf(sim.world).slice(0, 7)})`,
      "Health Status:      Healthy",
      "",
      "GROUP  KIND        NAMESPACE  NAME  STATUS  HEALTH   HOOK  MESSAGE",
      "       Service     shop       web   Synced  Healthy        service/web created",
      "apps   Deployment  shop       web   Synced  Healthy        deployment/web created",
    ].join("\n"),
  );
  expect((await run("argocd app get argocd/web -o yaml")).output).toMatch(/^apiVersion: argoproj.io\/v1alpha1\nkind: Application\n/);
});

test("a manual app: sync from the terminal, refresh after a commit, history and rollback", async () => {
  const { run, sim } = await shop({ automated: "" });
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "OutOfSync", health: "Missing" });
  const synced = await run("argocd app sync web");
  expect(synced.ok).toBe(true);
  expect(synced.output).toContain("\nPhase:              Running\n");
  expect(synced.output).toContain(`\nSync Revision:      ${revisionOf(sim.world)}\n`);
  expect(sim.world.events.at(-1)).toMatchObject({ source: "argocd-server", reason: "OperationStarted", message: `Initiated sync to '${revisionOf(sim.world).slice(0, 7)}'` });
  await sim.advance(10_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "Synced", health: "Healthy" });

  const first = revisionOf(sim.world);
  await sim.commitFile("apps/web/deployment.yaml", deploymentYaml(3, "nginx:1.28"), "Upgrade");
  const refreshed = await run("argocd app get web --refresh");
  expect(refreshed.output).toContain(`Sync Status:        OutOfSync from main (${revisionOf(sim.world).slice(0, 7)})`);
  expect(revisionOf(sim.world)).not.toBe(first);
  await run("argocd app sync web");
  await sim.advance(20_000);
  expect(deployment(sim.world).spec.template.spec.containers[0].image).toBe("nginx:1.28");

  const history = (await run("argocd app history web")).output.split("\n");
  expect(history[0]).toBe("SOURCE  https://git.example/shop.git");
  expect(history[1]).toBe("ID      DATE                           REVISION");
  expect(history[2]).toMatch(new RegExp(`^0       2026-01-01 00:00:2\\d \\+0000 UTC  main \\(${first.slice(0, 7)}\\)$`));
  expect(history).toHaveLength(4);

  const rolledBack = await run("argocd app rollback web");
  expect(rolledBack).toMatchObject({ ok: true, output: expect.stringContaining("\nPhase:              Running\n") });
  await sim.advance(20_000);
  expect(deployment(sim.world).spec.template.spec.containers[0].image).toBe("nginx:1.27");
  expect(appStatus(sim.world, "web").sync).toBe("OutOfSync");
  expect(await run("argocd app rollback web 7")).toMatchObject({ ok: false, output: "FATA[0000] Application 'web' does not have deployment id '7' in history" });
});

test("argocd app diff: a === header and a unified diff per resource, exit code 1; nothing and 0 when in sync", async () => {
  const { run, sim } = await shop({ automated: "{}" });
  const world = sim.world;
  expect(await run("argocd app diff web")).toMatchObject({ ok: true, output: "" });
  expect(sim.world).toBe(world);
  await run("kubectl scale deploy web --replicas=5 -n shop");
  const diff = await run("argocd app diff web");
  expect(diff.ok).toBe(false);
  const lines = diff.output.split("\n");
  expect(lines.slice(0, 4)).toEqual(["", "===== apps/Deployment shop/web ======", "--- /tmp/argocd-diff/web-live.yaml", "+++ /tmp/argocd-diff/web"]);
  expect(lines[4]).toMatch(/^@@ -\d+,7 \+\d+,7 @@$/);
  expect(lines.filter((line) => /^[-+] /.test(line))).toEqual(["-  replicas: 5", "+  replicas: 3"]);
  expect(await run("argocd app diff web --exit-code=false")).toMatchObject({ ok: true });
});

test("argocd app diff shows a resource missing live in full", async () => {
  const { run, sim } = await shop({ automated: "{}" });
  await run("kubectl delete svc web -n shop");
  const lines = (await run("argocd app diff web")).output.split("\n");
  expect(lines.slice(1, 5)).toEqual(["===== /Service shop/web ======", "--- /tmp/argocd-diff/web-live.yaml", "+++ /tmp/argocd-diff/web", "@@ -0,0 +1,11 @@"]);
  expect(lines.slice(5, 8)).toEqual(["+apiVersion: v1", "+kind: Service", "+metadata:"]);
  expect(sim.world.clusters["in-cluster"].objects["/Service/shop/web"]).toBeUndefined();
});

test("self-heal off: kubectl scale drift stays; self-heal on: Argo CD puts it back", async () => {
  const { run, sim } = await shop({ automated: "{ selfHeal: true }" });
  expect(await run("argocd app set web --self-heal=false")).toMatchObject({ ok: true, output: "" });
  expect((live(sim.world, "argoproj.io/Application/argocd/web").spec as { syncPolicy: unknown }).syncPolicy).toEqual({ automated: { selfHeal: false } });
  expect(sim.world.events.at(-1)).toMatchObject({ source: "argocd-server", object: "Application/argocd/web" });
  await run("kubectl scale deploy web --replicas=5 -n shop");
  await sim.advance(30_000);
  expect(appStatus(sim.world, "web").sync).toBe("OutOfSync");
  expect(deployment(sim.world).spec.replicas).toBe(5);

  await run("argocd app set web --self-heal");
  await sim.advance(30_000);
  expect(appStatus(sim.world, "web")).toMatchObject({ sync: "Synced", health: "Healthy" });
  expect(deployment(sim.world).spec.replicas).toBe(3);
});

test("argocd app set: sync policy on and off, prune, and argocd's refusals", async () => {
  const { run, sim } = await shop({ automated: "" });
  const policy = () => (live(sim.world, "argoproj.io/Application/argocd/web").spec as { syncPolicy?: unknown }).syncPolicy;
  expect(await run("argocd app set web --self-heal")).toMatchObject({ ok: false, output: "FATA[0000] Cannot set --self-heal: application not configured with automatic sync" });
  await run("argocd app set web --sync-policy automated --self-heal --auto-prune");
  expect(policy()).toEqual({ automated: { selfHeal: true, prune: true } });
  expect((await run("argocd app get web")).output).toContain("Sync Policy:        Automated (Prune)");
  await run("argocd app set web --auto-prune=false");
  expect(policy()).toEqual({ automated: { selfHeal: true, prune: false } });
  await run("argocd app set web --sync-policy none");
  expect(policy()).toBeUndefined();
  expect(await run("argocd app set web --sync-policy sometimes")).toMatchObject({ ok: false, output: "FATA[0000] Invalid sync-policy: sometimes" });
  expect(await run("argocd app set web")).toMatchObject({ ok: false, output: expect.stringMatching(/^ERRO\[0000\] Please set at least one option to update\nUsage:\n  argocd app set NAME/) });
});

test("rollback is refused while automated sync is on; sync refuses while an operation runs", async () => {
  const { run } = await shop({ automated: "{}" });
  expect(await run("argocd app rollback web 0")).toMatchObject({ ok: false, output: "FATA[0000] rpc error: code = FailedPrecondition desc = rollback cannot be initiated when auto-sync is enabled" });
  expect((await run("argocd app rollback web")).output).toBe("FATA[0000] Application 'web' should have at least two successful deployments");
  expect((await run("argocd app sync web")).ok).toBe(true);
  expect(await run("argocd app sync web")).toMatchObject({ ok: false, output: "FATA[0000] rpc error: code = FailedPrecondition desc = another operation is already in progress" });
});

test("argocd app sync --resource syncs only that resource", async () => {
  const { run, sim } = await shop({ automated: "" });
  const outcome = await run("argocd app sync web --resource :Service:web");
  expect(outcome.output).toMatch(/\n       Service     shop       web   OutOfSync  Missing/);
  await sim.advance(5_000);
  expect(live(sim.world, "/Service/shop/web")).toBeDefined();
  expect(live(sim.world, "apps/Deployment/shop/web")).toBeUndefined();
  expect(await run("argocd app sync web --resource Service:web")).toMatchObject({ ok: false, output: "FATA[0000] Resource should have GROUP:KIND:NAME, but instead got: Service:web" });
  expect(await run("argocd app sync web --resource apps:Deployment:nope")).toMatchObject({ ok: false, output: "FATA[0000] No matching resources found for the resource filter apps:Deployment:nope" });
});

test("argocd's errors: unknown app, unknown command, unknown flag, missing APPNAME", async () => {
  const { run, sim } = await shop();
  const world = sim.world;
  expect(await run("argocd app get nope")).toMatchObject({ ok: false, output: `FATA[0000] rpc error: code = NotFound desc = applications.argoproj.io "nope" not found` });
  expect(await run("argocd app sync nope")).toMatchObject({ ok: false, output: `FATA[0000] rpc error: code = NotFound desc = applications.argoproj.io "nope" not found` });
  expect(await run("argocd app frob")).toMatchObject({ ok: false, output: `Error: unknown command "frob" for "argocd app"\nRun 'argocd app --help' for usage.` });
  expect(await run("argocd frob")).toMatchObject({ ok: false, output: `Error: unknown command "frob" for "argocd"\nRun 'argocd --help' for usage.` });
  expect(await run("argocd app get web --frob")).toMatchObject({ ok: false, output: expect.stringMatching(/^Error: unknown flag: --frob\nUsage:\n  argocd app get NAME/) });
  expect(await run("argocd app get")).toMatchObject({ ok: false, output: expect.stringMatching(/^Usage:\n  argocd app get NAME/) });
  expect(await run("argocd login localhost:8080")).toMatchObject({ ok: false, output: expect.stringContaining("already logged in") });
  expect(sim.world).toBe(world);
});
