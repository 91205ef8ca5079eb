import { expect, test } from "vitest";
import { deploymentYaml } from "../../reconciler/argocd/fixtures";
import { ready } from "../../reconciler/flux/flux-harness";
import { deployment, fluxShop, live } from "./terminal-harness";

const revision = (world: Parameters<typeof ready>[0]) => ready(world, "apps").lastAppliedRevision!;

test("flux get kustomizations and sources git: NAME REVISION SUSPENDED READY MESSAGE", async () => {
  const { run, sim } = await fluxShop();
  const rev = revision(sim.world);
  expect(rev).toMatch(/^main@sha1:[0-9a-f]{40}$/);
  const table = (await run("flux get kustomizations")).output;
  expect(table).toBe([`NAME    REVISION                                                SUSPENDED       READY   MESSAGE`, `apps    ${rev}      False           True    Applied revision: ${rev}`].join("\n"));
  expect((await run("flux get ks apps")).output).toBe(table);
  expect((await run("flux get sources git")).output).toBe([`NAME    REVISION                                                SUSPENDED       READY   MESSAGE`, `shop    ${rev}      False           True    stored artifact for revision '${rev}'`].join("\n"));
  expect((await run("flux get ks -A --no-header")).output).toBe(`flux-system     apps    ${rev}      False           True    Applied revision: ${rev}`);
});

test("flux get all: sources then kustomizations, names prefixed with the kind", async () => {
  const { run } = await fluxShop();
  const tables = (await run("flux get all")).output.split("\n\n");
  expect(tables.map((table) => table.split("\n")[1].split(" ")[0])).toEqual(["gitrepository/shop", "kustomization/apps"]);
});

test("flux get: nothing found is flux's ✗ line (exit code 0)", async () => {
  const { run } = await fluxShop();
  expect(await run("flux get ks -n other")).toMatchObject({ ok: true, output: `✗ no Kustomization objects found in "other" namespace` });
  expect(await run("flux get ks nope")).toMatchObject({ ok: true, output: `✗ Kustomization object 'nope' not found in "flux-system" namespace` });
});

test("flux reconcile stamps requestedAt; the controllers act on it at their next pass", async () => {
  const { run, sim } = await fluxShop();
  await sim.commitFile("apps/web/deployment.yaml", deploymentYaml(5), "Five replicas");
  const outcome = await run("flux reconcile kustomization apps --with-source");
  expect(outcome.ok).toBe(true);
  expect(outcome.output.split("\n")).toEqual([
    "► annotating GitRepository shop in flux-system namespace",
    "✔ GitRepository annotated",
    "◎ waiting for GitRepository reconciliation",
    "► annotating Kustomization apps in flux-system namespace",
    "✔ Kustomization annotated",
    "◎ waiting for Kustomization reconciliation",
    `◎ the sandbox's clock does not move during a command: the controllers handle the request at their next pass (check with "flux get all")`,
  ]);
  const stamp = "2026-01-01T00:00:20Z";
  expect(live(sim.world, "source.toolkit.fluxcd.io/GitRepository/flux-system/shop").metadata.annotations).toMatchObject({ "reconcile.fluxcd.io/requestedAt": stamp });
  expect(live(sim.world, "kustomize.toolkit.fluxcd.io/Kustomization/flux-system/apps").metadata.annotations).toMatchObject({ "reconcile.fluxcd.io/requestedAt": stamp });
  expect(deployment(sim.world).spec.replicas).toBe(3);
  await sim.advance(1_000);
  // Long before the 1m source interval and the 5m Kustomization interval.
  expect(deployment(sim.world).spec.replicas).toBe(5);
  expect((live(sim.world, "kustomize.toolkit.fluxcd.io/Kustomization/flux-system/apps").status as { lastHandledReconcileAt?: string }).lastHandledReconcileAt).toBe(stamp);
});

test("flux reconcile source git; errors for a missing or suspended object", async () => {
  const { run, sim } = await fluxShop();
  expect((await run("flux reconcile source git shop")).output.split("\n")[0]).toBe("► annotating GitRepository shop in flux-system namespace");
  const world = sim.world;
  expect(await run("flux reconcile ks nope")).toMatchObject({ ok: false, output: `✗ kustomizations.kustomize.toolkit.fluxcd.io "nope" not found` });
  expect(await run("flux reconcile ks")).toMatchObject({ ok: false, output: "✗ Kustomization name is required" });
  expect(await run("flux reconcile helmrelease x")).toMatchObject({ ok: false, output: `✗ unknown command "helmrelease" for "flux reconcile"` });
  expect(sim.world).toBe(world);
  await run("flux suspend ks apps");
  expect(await run("flux reconcile ks apps")).toMatchObject({ ok: false, output: "✗ resource is suspended" });
});

test("flux suspend stops drift correction; flux resume reconciles at once", async () => {
  const { run, sim } = await fluxShop();
  expect(await run("flux suspend kustomization apps")).toMatchObject({ ok: true, output: "► suspending kustomization apps in flux-system namespace\n✔ kustomization suspended" });
  expect((await run("flux get ks")).output.split("\n")[1]).toMatch(/ True +True /);
  await run("kubectl scale deploy web --replicas=7 -n shop");
  await sim.advance(400_000);
  expect(deployment(sim.world).spec.replicas).toBe(7);
  const resumed = await run("flux resume ks apps");
  expect(resumed.output.split("\n").slice(0, 3)).toEqual(["► resuming kustomization apps in flux-system namespace", "✔ kustomization resumed", "◎ waiting for Kustomization reconciliation"]);
  expect(live(sim.world, "kustomize.toolkit.fluxcd.io/Kustomization/flux-system/apps").spec).toMatchObject({ suspend: false });
  await sim.advance(1_000);
  expect(deployment(sim.world).spec.replicas).toBe(3);
  expect(await run("flux suspend source git shop")).toMatchObject({ ok: true, output: "► suspending source git shop in flux-system namespace\n✔ source git suspended" });
});

test("flux's errors: unknown flag and unknown command", async () => {
  const { run } = await fluxShop();
  expect(await run("flux get ks --foo")).toMatchObject({ ok: false, output: "✗ unknown flag: --foo" });
  expect(await run("flux bootstrap github")).toMatchObject({ ok: false, output: `✗ unknown command "bootstrap" for "flux"` });
  expect(await run("flux get sources helm")).toMatchObject({ ok: false, output: `✗ unknown command "helm" for "flux get sources"` });
});
