import { expect, test } from "vitest";
import { parse } from "yaml";
import { createCluster } from "@/lib/kube/store/cluster-state";
import { applyToCluster } from "@/lib/reconciler/world/apply-to-cluster";
import { runTerminalLine } from "@/lib/sandbox/terminal";
import { deploymentYaml } from "../../reconciler/argocd/fixtures";
import { shop } from "./terminal-harness";

test("help lists every tool's commands, one line each, and the clusters", async () => {
  const { run } = await shop();
  const help = await run("help");
  expect(help.ok).toBe(true);
  for (const line of ["kubectl", "  kubectl get            List objects in a table, or print them as YAML/JSON", "argocd", "  argocd app diff      Show how live differs from Git (exit code 1 when it does)", "flux", "  flux reconcile  Ask Flux to reconcile now instead of at the next interval", "Clusters (kubectl --context): in-cluster."]) {
    expect(help.output.split("\n")).toContain(line);
  }
  expect((await run("kubectl help")).output).toMatch(/^Usage: kubectl COMMAND\n\nCommands:\n  kubectl get /);
  expect((await run("help flux")).output).toMatch(/^Usage: flux COMMAND\n/);
  expect((await run("kubectl scale --help")).output).toBe("Set the replica count of a Deployment, ReplicaSet or StatefulSet.\n\nUsage:\n  kubectl scale TYPE/NAME --replicas=COUNT [-n NS]\n\nExample:\n  kubectl scale deployment/web --replicas=5 -n shop");
  expect((await run("argocd app sync -h")).output).toMatch(/^Sync an Application to its target state in Git\.\n\nUsage:\n  argocd app sync NAME/);
});

test("unknown commands in each tool's style", async () => {
  const { run } = await shop();
  expect(await run("foo bar")).toMatchObject({ ok: false, output: 'command not found: foo\nType "help" for the commands this terminal understands.' });
  expect(await run("git status")).toMatchObject({ ok: false, output: expect.stringMatching(/^command not found: git\nThis terminal runs kubectl, argocd and flux: use the Git panel/) });
  expect(await run("kubectl frob")).toMatchObject({ ok: false, output: `error: unknown command "frob" for "kubectl"` });
});

test("an empty line, clear and a shell error change nothing", async () => {
  const { run, sim } = await shop();
  const world = sim.world;
  expect(await run("")).toEqual({ ok: true, world, output: "" });
  expect(await run("clear")).toEqual({ ok: true, world, output: "" });
  expect(await run(`kubectl patch deploy web -p '{"spec"`)).toEqual({ ok: false, world, output: "unexpected EOF while looking for matching `''" });
});

test("never throws: odd lines all come back as outcomes", async () => {
  const { context } = await shop();
  const lines = ["kubectl", "kubectl get deploy/", "kubectl get /web", "kubectl get ,", "kubectl -n", "kubectl get pods -n", "kubectl scale deploy/web --replicas", "kubectl edit", "kubectl label", "kubectl patch deploy web -p null", "kubectl patch deploy web -p '[]' --type json", "kubectl patch deploy web -p '[1]' --type json", "kubectl apply -f ''", "kubectl delete", "kubectl rollout", "kubectl rollout undo", "kubectl config frob", "argocd app", "argocd app sync", "argocd app set web --self-heal=yes", "argocd app rollback web x", "flux reconcile", "flux get", "flux suspend source", "help me", "\\", "'", '"\\"', "kubectl get pods -o jsonpath='{.items[0'"];
  for (const line of lines) {
    const outcome = await runTerminalLine(context(), line);
    expect(typeof outcome.output, line).toBe("string");
    expect(typeof outcome.ok, line).toBe("boolean");
  }
});

test("deterministic: the same world and line give the same output and world", async () => {
  const { context } = await shop({ automated: "{}" });
  for (const line of ["kubectl scale deploy web --replicas=4 -n shop", "argocd app sync web", "kubectl get pods -A -o wide", "kubectl describe deploy web -n shop", "argocd app diff web"]) {
    const first = await runTerminalLine(context(), line);
    const second = await runTerminalLine(context(), line);
    expect(second.output).toBe(first.output);
    expect(JSON.stringify(second.world)).toBe(JSON.stringify(first.world));
  }
});

test("--context picks another cluster; contexts and versions", async () => {
  const { sim, run } = await shop();
  const withStaging = { ...sim.world, clusters: { ...sim.world.clusters, staging: createCluster({ seed: "staging", startTime: sim.world.now }) } };
  const applied = applyToCluster(withStaging, "staging", [parse(deploymentYaml(1, "nginx:1.28", "-staging"))], "kubectl-client-side-apply");
  if (!applied.ok) throw new Error(applied.message);
  sim.world = applied.world;
  expect((await run("kubectl get deploy --context staging")).output).toBe("NAME          READY   UP-TO-DATE   AVAILABLE   AGE\nweb-staging   0/1     0            0           0s");
  expect((await run("kubectl get deploy")).output).toBe("No resources found in default namespace.");
  expect((await run("kubectl config get-contexts")).output).toBe("CURRENT   NAME         CLUSTER      AUTHINFO     NAMESPACE\n*         in-cluster   in-cluster   in-cluster\n          staging      staging      staging");
  expect((await run("kubectl config current-context")).output).toBe("in-cluster");
  expect(await run("kubectl config use-context staging")).toMatchObject({ ok: false, output: expect.stringContaining("add --context staging to a command") });
  expect((await run("kubectl version")).output).toBe("Client Version: v1.32.0\nKustomize Version: v5.5.0\nServer Version: v1.32.0");
  expect((await run("help")).output).toContain("Clusters (kubectl --context): in-cluster, staging.");
});

test("kubectl api-resources lists the short names", async () => {
  const { run } = await shop();
  const lines = (await run("kubectl api-resources")).output.split("\n");
  expect(lines[0]).toBe("NAME                        SHORTNAMES         APIVERSION                       NAMESPACED   KIND");
  expect(lines).toContain("deployments                 deploy             apps/v1                          true         Deployment");
  expect(lines).toContain("applications                app,apps           argoproj.io/v1alpha1             true         Application");
  expect(lines).toContain("kustomizations              ks                 kustomize.toolkit.fluxcd.io/v1   true         Kustomization");
  expect(lines).toContain("gitrepositories             gitrepo            source.toolkit.fluxcd.io/v1      true         GitRepository");
});
