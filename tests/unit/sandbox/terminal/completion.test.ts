import { expect, test } from "vitest";
import { completeTerminalLine } from "@/lib/sandbox/terminal";
import { fluxShop, shop } from "./terminal-harness";

const FILES = ["README.md", "apps/web/deployment.yaml", "apps/web/service.yaml", "apps/api/deployment.yaml"];

test("the first word: the tools, help and clear", async () => {
  const { sim } = await shop();
  expect(completeTerminalLine(sim.world, "", FILES)).toEqual({ items: ["argocd", "clear", "flux", "help", "kubectl"], replaceFrom: 0 });
  expect(completeTerminalLine(sim.world, "ku", FILES)).toEqual({ items: ["kubectl"], replaceFrom: 0 });
  expect(completeTerminalLine(sim.world, "  fl", FILES)).toEqual({ items: ["flux"], replaceFrom: 2 });
});

test("kubectl subcommands, then resource types", async () => {
  const { sim } = await shop();
  expect(completeTerminalLine(sim.world, "kubectl ro", FILES)).toEqual({ items: ["rollout"], replaceFrom: 8 });
  expect(completeTerminalLine(sim.world, "kubectl get dep", FILES)).toEqual({ items: ["deployments"], replaceFrom: 12 });
  expect(completeTerminalLine(sim.world, "kubectl get a", FILES).items).toEqual(["all", "applications", "applicationsets", "appprojects"]);
  expect(completeTerminalLine(sim.world, "kubectl describe a", FILES).items).toEqual(["applications", "applicationsets", "appprojects"]);
  expect(completeTerminalLine(sim.world, "kubectl rollout ", FILES).items).toEqual(["history", "pause", "restart", "resume", "status", "undo"]);
});

test("object names of the typed kind, in the -n namespace or any", async () => {
  const { sim } = await shop();
  expect(completeTerminalLine(sim.world, "kubectl get deploy ", FILES)).toEqual({ items: ["web"], replaceFrom: 19 });
  expect(completeTerminalLine(sim.world, "kubectl -n shop describe deploy w", FILES)).toEqual({ items: ["web"], replaceFrom: 32 });
  expect(completeTerminalLine(sim.world, "kubectl get deploy -n default ", FILES).items).toEqual([]);
  expect(completeTerminalLine(sim.world, "kubectl scale deploy/", FILES)).toEqual({ items: ["deploy/web"], replaceFrom: 14 });
  expect(completeTerminalLine(sim.world, "kubectl get pods -n shop ", FILES).items).toHaveLength(3);
  expect(completeTerminalLine(sim.world, "kubectl rollout undo deploy ", FILES).items).toEqual(["web"]);
});

test("flag values: namespaces, contexts, output formats", async () => {
  const { sim } = await shop();
  expect(completeTerminalLine(sim.world, "kubectl get pods -n ", FILES).items).toEqual(["argocd", "default", "shop"]);
  expect(completeTerminalLine(sim.world, "kubectl get pods -n s", FILES)).toEqual({ items: ["shop"], replaceFrom: 20 });
  expect(completeTerminalLine(sim.world, "kubectl get pods --context ", FILES).items).toEqual(["in-cluster"]);
  expect(completeTerminalLine(sim.world, "kubectl get pods -o y", FILES).items).toEqual(["yaml"]);
});

test("paths after -f, one folder level at a time", async () => {
  const { sim } = await shop();
  expect(completeTerminalLine(sim.world, "kubectl apply -f ", FILES)).toEqual({ items: ["README.md", "apps/"], replaceFrom: 17 });
  expect(completeTerminalLine(sim.world, "kubectl apply -f apps/", FILES)).toEqual({ items: ["apps/api/", "apps/web/"], replaceFrom: 17 });
  expect(completeTerminalLine(sim.world, "kubectl apply -f apps/web/s", FILES)).toEqual({ items: ["apps/web/service.yaml"], replaceFrom: 17 });
  expect(completeTerminalLine(sim.world, "kubectl delete -f ./apps/a", FILES).items).toEqual(["./apps/api/"]);
});

test("argocd: app, its subcommands, application names", async () => {
  const { sim } = await shop();
  expect(completeTerminalLine(sim.world, "argocd ", FILES).items).toEqual(["app"]);
  expect(completeTerminalLine(sim.world, "argocd app s", FILES).items).toEqual(["set", "sync"]);
  for (const command of ["get", "sync", "diff", "history", "rollback", "set"]) expect(completeTerminalLine(sim.world, `argocd app ${command} `, FILES).items).toEqual(["web"]);
  expect(completeTerminalLine(sim.world, "argocd app get --refresh w", FILES).items).toEqual(["web"]);
  expect(completeTerminalLine(sim.world, "argocd app list ", FILES).items).toEqual([]);
  expect(completeTerminalLine(sim.world, "argocd app set web --sync-policy ", FILES).items).toEqual(["automated", "none"]);
});

test("flux: commands, kinds, and the names of Kustomizations and GitRepositories", async () => {
  const { sim } = await fluxShop();
  expect(completeTerminalLine(sim.world, "flux ", FILES).items).toEqual(["get", "reconcile", "resume", "suspend"]);
  expect(completeTerminalLine(sim.world, "flux get ", FILES).items).toEqual(["all", "kustomizations", "sources"]);
  expect(completeTerminalLine(sim.world, "flux reconcile ", FILES).items).toEqual(["kustomization", "source"]);
  expect(completeTerminalLine(sim.world, "flux reconcile source ", FILES).items).toEqual(["git"]);
  expect(completeTerminalLine(sim.world, "flux reconcile ks ", FILES).items).toEqual(["apps"]);
  expect(completeTerminalLine(sim.world, "flux suspend source git ", FILES).items).toEqual(["shop"]);
});

test("completion inside an open quote replaces from the quote; nothing to offer gives nothing", async () => {
  const { sim } = await shop();
  expect(completeTerminalLine(sim.world, "kubectl get 'dep", FILES)).toEqual({ items: ["deployments"], replaceFrom: 12 });
  expect(completeTerminalLine(sim.world, "echo ", FILES)).toEqual({ items: [], replaceFrom: 5 });
});
