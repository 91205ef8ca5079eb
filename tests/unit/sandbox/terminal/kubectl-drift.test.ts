// kubectl changes to live objects: each goes through patchLive under its own field manager,
// so managedFields (and Argo CD's "why OutOfSync?") can name who changed what.
import { expect, test } from "vitest";
import { parse } from "yaml";
import { managersOf } from "@/lib/kube/managed-fields";
import { explainOutOfSync } from "@/lib/reconciler/explain-out-of-sync";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { applyLiveEdit } from "@/lib/sandbox/terminal";
import { appStatus } from "../../reconciler/argocd/world-harness";
import { deployment, live, shop } from "./terminal-harness";

const WEB = { group: "apps", kind: "Deployment", namespace: "shop", name: "web" };
const owners = (world: Parameters<typeof deployment>[0], path: string) => managersOf(deployment(world).metadata.managedFields, path);

test("kubectl scale: spec.replicas owned by kubectl-scale, an event on the timeline, and Argo CD says who did it", async () => {
  const { run, sim } = await shop({ automated: "{}" });
  const outcome = await run("kubectl scale deployment/web --replicas=5 -n shop");
  expect(outcome).toMatchObject({ ok: true, output: "deployment.apps/web scaled" });
  expect(deployment(sim.world).spec.replicas).toBe(5);
  expect(owners(sim.world, "spec.replicas")).toEqual(["kubectl-scale"]);
  expect(sim.world.events.at(-1)).toMatchObject({ source: "kubectl-scale", cluster: HUB_CLUSTER, object: "Deployment/shop/web", reason: "Updated" });
  await sim.advance(5_000);
  expect(appStatus(sim.world, "web").sync).toBe("OutOfSync");
  const memory = sim.world.argo.web;
  const desired = memory.rendered!.manifests.find((manifest) => manifest.kind === "Deployment")!;
  const explanation = explainOutOfSync({ desired: { ...desired, metadata: { ...desired.metadata, namespace: "shop" } }, live: deployment(sim.world), lastApplied: memory.lastApplied["apps/Deployment/shop/web"], sourceFiles: memory.rendered!.sourceFiles });
  expect(explanation.map((entry) => entry.message)).toEqual(["spec.replicas is 3 in Git (apps/web/deployment.yaml:6) but 5 live, last changed live by kubectl-scale."]);
});

test("kubectl scale errors: a missing or bad --replicas, a kind that does not scale, a missing name", async () => {
  const { run, sim } = await shop();
  const world = sim.world;
  expect(await run("kubectl scale deploy web -n shop")).toMatchObject({ ok: false, output: `error: required flag(s) "replicas" not set` });
  expect(await run("kubectl scale deploy web -n shop --replicas=x")).toMatchObject({ ok: false, output: `error: invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax` });
  expect(await run("kubectl scale svc web -n shop --replicas=2")).toMatchObject({ ok: false, output: `error: no scaler has been implemented for {"" "Service"}` });
  expect(await run("kubectl scale deploy nope -n shop --replicas=2")).toMatchObject({ ok: false, output: `Error from server (NotFound): deployments.apps "nope" not found` });
  expect(await run("kubectl scale deploy -n shop --replicas=2")).toMatchObject({ ok: false, output: "error: resource(s) were provided, but no name was specified" });
  expect(sim.world).toBe(world);
});

test("scaling to the replicas it already has changes nothing: the very same world comes back", async () => {
  const { run, sim } = await shop();
  const world = sim.world;
  expect(await run("kubectl scale deploy/web --replicas=3 -n shop")).toMatchObject({ ok: true, output: "deployment.apps/web scaled" });
  expect(sim.world).toBe(world);
});

test("kubectl set image: the image owned by kubectl-set; the same image again prints nothing", async () => {
  const { run, sim } = await shop();
  expect(await run("kubectl set image deployment/web web=nginx:1.28 -n shop")).toMatchObject({ ok: true, output: "deployment.apps/web image updated" });
  expect(deployment(sim.world).spec.template.spec.containers[0].image).toBe("nginx:1.28");
  expect(owners(sim.world, "spec.template.spec.containers[web].image")).toEqual(["kubectl-set"]);
  const world = sim.world;
  expect(await run("kubectl set image deploy web web=nginx:1.28 -n shop")).toMatchObject({ ok: true, output: "" });
  expect(sim.world).toBe(world);
  expect(await run("kubectl set image deploy/web api=nginx -n shop")).toMatchObject({ ok: false, output: `error: unable to find container named "api"` });
  expect(await run("kubectl set image deploy/web '*=nginx:1.29' -n shop")).toMatchObject({ ok: true, output: "deployment.apps/web image updated" });
  expect(await run("kubectl set foo")).toMatchObject({ ok: false, output: `error: unknown command "foo" for "kubectl set"` });
});

test("kubectl patch: strategic (default), merge and json, under kubectl-patch", async () => {
  const { run, sim } = await shop();
  expect(await run(`kubectl patch deploy web -n shop -p '{"spec":{"replicas":2}}'`)).toMatchObject({ ok: true, output: "deployment.apps/web patched" });
  expect(deployment(sim.world).spec.replicas).toBe(2);
  expect(owners(sim.world, "spec.replicas")).toEqual(["kubectl-patch"]);
  // Strategic merge merges containers by name instead of replacing the list.
  await run(`kubectl patch deploy web -n shop -p '{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.29"}]}}}}'`);
  expect(deployment(sim.world).spec.template.spec.containers).toMatchObject([{ name: "web", image: "nginx:1.29", imagePullPolicy: "IfNotPresent" }]);
  await run(`kubectl patch deploy web -n shop --type merge -p 'spec: {replicas: 4}'`);
  expect(deployment(sim.world).spec.replicas).toBe(4);
  await run(`kubectl patch deploy web -n shop --type json -p '[{"op":"replace","path":"/spec/replicas","value":6}]'`);
  expect(deployment(sim.world).spec.replicas).toBe(6);
  const world = sim.world;
  expect(await run(`kubectl patch deploy web -n shop --type merge -p '{"spec":{"replicas":6}}'`)).toMatchObject({ ok: true, output: "deployment.apps/web patched (no change)" });
  expect(sim.world).toBe(world);
});

test("kubectl patch errors", async () => {
  const { run } = await shop();
  expect(await run("kubectl patch deploy web -n shop")).toMatchObject({ ok: false, output: "error: must specify --patch or --patch-file containing the contents of the patch" });
  expect(await run(`kubectl patch deploy web -n shop -p '{"spec":'`)).toMatchObject({ ok: false, output: expect.stringMatching(/^error: unable to parse "\{"spec":": yaml: /) });
  expect(await run(`kubectl patch deploy web -n shop --type foo -p '{}'`)).toMatchObject({ ok: false, output: `error: --type must be one of [json merge strategic], not "foo"` });
  expect(await run(`kubectl patch deploy web -n shop --type json -p '[{"op":"remove","path":"/spec/nope"}]'`)).toMatchObject({ ok: false, output: "Error from server (BadRequest): doc is missing key: /spec/nope: missing value" });
  expect(await run(`kubectl patch app web -n argocd -p '{"spec":{"project":"x"}}'`)).toMatchObject({ ok: false, output: expect.stringContaining("application/strategic-merge-patch+json is not supported by argoproj.io/v1alpha1, Kind=Application") });
  expect(await run(`kubectl patch deploy web -n shop --type merge -p '{"spec":{"replicas":"many"}}'`)).toMatchObject({ ok: false, output: expect.stringMatching(/^The Deployment "web" is invalid: spec\.replicas/) });
});

test("kubectl label: set, the --overwrite rule, remove; written by kubectl-label", async () => {
  const { run, sim } = await shop();
  expect(await run("kubectl label deploy web tier=frontend -n shop")).toMatchObject({ ok: true, output: "deployment.apps/web labeled" });
  expect(managersOf(deployment(sim.world).metadata.managedFields, "metadata.labels.tier")).toEqual(["kubectl-label"]);
  expect(await run("kubectl label deploy web tier=frontend -n shop")).toMatchObject({ ok: true, output: "deployment.apps/web not labeled" });
  expect(await run("kubectl label deploy web tier=backend -n shop")).toMatchObject({ ok: false, output: "error: 'tier' already has a value (frontend), and --overwrite is false" });
  expect(await run("kubectl label deploy web tier=backend --overwrite -n shop")).toMatchObject({ ok: true, output: "deployment.apps/web labeled" });
  expect(deployment(sim.world).metadata.labels).toEqual({ tier: "backend" });
  expect(await run("kubectl label deploy web tier- -n shop")).toMatchObject({ ok: true, output: "deployment.apps/web unlabeled" });
  expect(deployment(sim.world).metadata.labels).toBeUndefined();
  expect(await run("kubectl label deploy web gone- -n shop")).toMatchObject({ ok: true, output: `label "gone" not found.\ndeployment.apps/web not labeled` });
  expect(await run("kubectl label deploy web 'bad=a b' -n shop")).toMatchObject({ ok: false, output: expect.stringMatching(/^error: invalid label value: "bad=a b"/) });
  expect(await run("kubectl label deploy web -n shop")).toMatchObject({ ok: false, output: "error: at least one label update is required" });
});

test("kubectl annotate: any existing annotation needs --overwrite; written by kubectl-annotate", async () => {
  const { run, sim } = await shop();
  expect(await run("kubectl annotate deploy/web owner=team-a -n shop")).toMatchObject({ ok: true, output: "deployment.apps/web annotated" });
  expect(deployment(sim.world).metadata.annotations?.owner).toBe("team-a");
  expect(managersOf(deployment(sim.world).metadata.managedFields, "metadata.annotations.owner")).toEqual(["kubectl-annotate"]);
  expect(await run("kubectl annotate deploy/web owner=team-a -n shop")).toMatchObject({ ok: false, output: "error: --overwrite is false but found the following declared annotation(s): 'owner' already has a value (team-a)" });
  expect(await run("kubectl annotate deploy/web owner=team-b --overwrite -n shop")).toMatchObject({ ok: true, output: "deployment.apps/web annotated" });
  expect(await run("kubectl annotate deploy/web owner- -n shop")).toMatchObject({ ok: true });
  expect(deployment(sim.world).metadata.annotations?.owner).toBeUndefined();
});

test("kubectl edit opens the live object without managedFields; saving writes it as kubectl-edit", async () => {
  const { run, sim } = await shop();
  const world = sim.world;
  const opened = await run("kubectl edit deploy web -n shop");
  expect(opened).toMatchObject({ ok: true, output: "Opening deployment/web in the editor…", openLive: { cluster: HUB_CLUSTER, object: WEB } });
  expect(sim.world).toBe(world);
  const yaml = opened.openLive!.yaml;
  expect(yaml).not.toContain("managedFields");
  expect(parse(yaml)).toMatchObject({ kind: "Deployment", spec: { replicas: 3 } });

  expect(applyLiveEdit(world, HUB_CLUSTER, WEB, yaml)).toEqual({ ok: true, world, message: "Edit cancelled, no changes made." });
  const saved = applyLiveEdit(world, HUB_CLUSTER, WEB, yaml.replace("  replicas: 3", "  replicas: 7"));
  expect(saved).toMatchObject({ ok: true, message: "deployment.apps/web edited" });
  expect(deployment(saved.world).spec.replicas).toBe(7);
  expect(managersOf(deployment(saved.world).metadata.managedFields, "spec.replicas")).toEqual(["kubectl-edit"]);
  expect(saved.world.events.at(-1)).toMatchObject({ source: "kubectl-edit", object: "Deployment/shop/web" });
});

test("saving a bad kubectl edit buffer explains why, with line and column, and changes nothing", async () => {
  const { sim } = await shop();
  const world = sim.world;
  const broken = applyLiveEdit(world, HUB_CLUSTER, WEB, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n spec: 1\n");
  expect(broken.ok).toBe(false);
  expect(broken.message).toBe("error: yaml: line 5, column 1: All mapping items must start at the same column");
  expect(broken.world).toBe(world);
  expect(applyLiveEdit(world, HUB_CLUSTER, WEB, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: other\n  namespace: shop\n")).toMatchObject({ ok: false, message: "error: At least one of apiVersion, kind and name was changed" });
  expect(applyLiveEdit(world, HUB_CLUSTER, WEB, "")).toMatchObject({ ok: true, message: "Edit cancelled, saved file was empty." });
  expect(applyLiveEdit(world, HUB_CLUSTER, { ...WEB, name: "nope" }, "")).toMatchObject({ ok: false, message: `Error from server (NotFound): deployments.apps "nope" not found` });
  expect(applyLiveEdit(world, "staging", WEB, "")).toMatchObject({ ok: false, message: `error: context "staging" does not exist` });
});

test("kubectl rollout status prints the state once; history and undo go back a template, as kubectl-rollout", async () => {
  const { run, sim } = await shop({ automated: "{}" });
  expect((await run("kubectl rollout status deployment/web -n shop")).output).toBe(`deployment "web" successfully rolled out`);
  await run("kubectl set image deployment/web web=nginx:1.28 -n shop");
  expect((await run("kubectl rollout status deployment/web -n shop")).output).toBe("Waiting for deployment spec update to be observed...");
  await sim.advance(1_000);
  expect((await run("kubectl rollout status deploy web -n shop")).output).toMatch(/^Waiting for deployment "web" rollout to finish: /);
  await sim.advance(15_000);
  expect((await run("kubectl rollout status deploy/web -n shop")).output).toBe(`deployment "web" successfully rolled out`);
  expect((await run("kubectl rollout history deploy/web -n shop")).output).toBe("deployment.apps/web\nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>");
  expect(await run("kubectl rollout undo deploy/web -n shop")).toMatchObject({ ok: true, output: "deployment.apps/web rolled back" });
  expect(deployment(sim.world).spec.template.spec.containers[0].image).toBe("nginx:1.27");
  expect(owners(sim.world, "spec.template.spec.containers[web].image")).toEqual(["kubectl-rollout"]);
  await sim.advance(15_000);
  expect((await run("kubectl rollout history deploy/web -n shop")).output).toBe("deployment.apps/web\nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>");
  expect((await run("kubectl rollout undo deploy/web -n shop --to-revision=9")).output).toBe("error: unable to find specified revision 9 in history");
});

test("kubectl rollout restart stamps the pod template; an unknown action is kubectl's error", async () => {
  const { run, sim } = await shop();
  expect(await run("kubectl rollout restart deployment/web -n shop")).toMatchObject({ ok: true, output: "deployment.apps/web restarted" });
  const template = live(sim.world, "apps/Deployment/shop/web").spec!.template as { metadata: { annotations: Record<string, string> } };
  expect(template.metadata.annotations["kubectl.kubernetes.io/restartedAt"]).toBe("2026-01-01T00:00:20Z");
  expect(await run("kubectl rollout frobnicate deploy/web")).toMatchObject({ ok: false, output: `error: unknown command "frobnicate" for "kubectl rollout"` });
});
