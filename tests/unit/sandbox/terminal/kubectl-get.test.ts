import { expect, test } from "vitest";
import { gitRepositoryYaml, kustomizationYaml } from "../../reconciler/flux/flux-harness";
import { parseAllDocuments } from "yaml";
import { applyToCluster } from "@/lib/reconciler/world/apply-to-cluster";
import { HUB_CLUSTER } from "@/lib/reconciler/world/world-state";
import { shop } from "./terminal-harness";

test("kubectl get pods: NAME READY STATUS RESTARTS AGE, in the -n namespace", async () => {
  const { run } = await shop();
  const outcome = await run("kubectl get pods -n shop");
  expect(outcome.ok).toBe(true);
  const lines = outcome.output.split("\n");
  expect(lines[0]).toBe("NAME                   READY   STATUS    RESTARTS   AGE");
  expect(lines.slice(1)).toHaveLength(3);
  for (const line of lines.slice(1)) expect(line).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}   1\/1     Running   0          19s$/);
});

test("kubectl get deploy, by every name of the type, with -o wide", async () => {
  const { run } = await shop();
  const table = "NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    3/3     3            3           19s";
  for (const type of ["deploy", "deployment", "deployments", "Deployment", "deployments.apps", "deploy.apps"]) {
    expect((await run(`kubectl get ${type} -n shop`)).output).toBe(table);
  }
  expect((await run("kubectl get deploy web -n shop -o wide")).output).toBe(
    "NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR\nweb    3/3     3            3           19s   web          nginx:1.27   app=web",
  );
  expect((await run("kubectl get deploy/web -n shop")).output).toBe(table);
});

test("kubectl get svc, rs, cm and ns", async () => {
  const { run } = await shop();
  expect((await run("kubectl get svc -n shop")).output).toBe("NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nweb    ClusterIP   10.96.0.2    <none>        80/TCP    19s");
  expect((await run("kubectl get rs -n shop")).output).toMatch(/^NAME +DESIRED   CURRENT   READY   AGE\nweb-[a-z0-9]+ +3         3         3       19s$/);
  expect((await run("kubectl get cm -n shop")).output).toBe("No resources found in shop namespace.");
  // Namespaces in use are listed even without Namespace objects, as a real cluster has them.
  expect((await run("kubectl get ns")).output).toBe("NAME      STATUS   AGE\nargocd    Active   20s\ndefault   Active   20s\nshop      Active   19s");
});

test("-A adds the NAMESPACE column; -l filters by labels", async () => {
  const { run } = await shop();
  expect((await run("kubectl get deploy -A")).output).toBe("NAMESPACE   NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nshop        web    3/3     3            3           19s");
  expect((await run("kubectl get pods -A -l app=web")).output.split("\n")).toHaveLength(4);
  expect((await run("kubectl get pods --all-namespaces -l app!=web")).output).toBe("No resources found.");
  expect((await run("kubectl get pods -n shop -l 'app=web,tier'")).output).toBe("No resources found in shop namespace.");
});

test("an empty namespace: No resources found in default namespace.", async () => {
  const { run } = await shop();
  expect(await run("kubectl get pods")).toMatchObject({ ok: true, output: "No resources found in default namespace." });
  expect(await run("kubectl get all")).toMatchObject({ ok: true, output: "No resources found in default namespace." });
});

test("kubectl get all: every non-empty type, names prefixed with the type", async () => {
  const { run } = await shop();
  const sections = (await run("kubectl get all -n shop")).output.split("\n\n");
  expect(sections.map((section) => section.split("\n")[1].split(" ")[0].split("/")[0])).toEqual(["pod", "service", "deployment.apps", "replicaset.apps"]);
  expect(sections[2]).toBe("NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/web   3/3     3            3           19s");
});

test("several types at once: deploy,svc", async () => {
  const { run } = await shop();
  expect((await run("kubectl get deploy,svc -n shop")).output).toBe(
    [
      "NAME                  READY   UP-TO-DATE   AVAILABLE   AGE",
      "deployment.apps/web   3/3     3            3           19s",
      "",
      "NAME          TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE",
      "service/web   ClusterIP   10.96.0.2    <none>        80/TCP    19s",
    ].join("\n"),
  );
});

test("-o yaml and -o json print the object without managedFields; -o name and jsonpath", async () => {
  const { run } = await shop();
  const yaml = (await run("kubectl get deploy web -n shop -o yaml")).output;
  expect(yaml).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n/);
  expect(yaml).toContain("  replicas: 3\n");
  expect(yaml).not.toContain("managedFields");
  expect((await run("kubectl get deploy web -n shop -o yaml --show-managed-fields")).output).toContain("managedFields:");
  const json = JSON.parse((await run("kubectl get deploy -n shop -o json")).output) as { kind: string; items: { metadata: { name: string } }[] };
  expect(json.kind).toBe("List");
  expect(json.items.map((item) => item.metadata.name)).toEqual(["web"]);
  expect((await run("kubectl get deploy,svc -n shop -o name")).output).toBe("deployment.apps/web\nservice/web");
  expect((await run("kubectl get deploy web -n shop -o jsonpath={.spec.replicas}")).output).toBe("3");
  expect((await run(`kubectl get deploy web -n shop -o 'jsonpath={.spec.template.spec.containers[0].image}{"\\n"}'`)).output).toBe("nginx:1.27\n");
  expect((await run("kubectl get deploy web -n shop -o table")).output).toMatch(/^error: unable to match a printer suitable for the output format "table"/);
});

test("Argo CD and Flux custom resources by their short names, with their printer columns", async () => {
  const { run } = await shop({ extraObjects: [gitRepositoryYaml(), kustomizationYaml("apps", "./apps/web")] });
  const apps = "NAME   SYNC STATUS   HEALTH STATUS\nweb    Synced        Healthy";
  for (const type of ["app", "apps", "application", "applications", "applications.argoproj.io"]) expect((await run(`kubectl get ${type} -n argocd`)).output).toBe(apps);
  expect((await run("kubectl get ks -n flux-system")).output).toMatch(/^NAME   AGE   READY   STATUS\napps   20s   True    Applied revision: main@sha1:[0-9a-f]{40}$/);
  expect((await run("kubectl get gitrepo -n flux-system")).output).toMatch(/^NAME   URL +AGE   READY   STATUS\nshop   https:\/\/git.example\/shop.git   20s   True    stored artifact for revision 'main@sha1:[0-9a-f]{40}'$/);
});

test("kubectl's errors: unknown type, not found, no type, bad context, unknown flag", async () => {
  const { run, sim } = await shop();
  const world = sim.world;
  expect(await run("kubectl get foo")).toMatchObject({ ok: false, output: `error: the server doesn't have a resource type "foo"` });
  expect(await run("kubectl get deploy nope -n shop")).toMatchObject({ ok: false, output: `Error from server (NotFound): deployments.apps "nope" not found` });
  expect(await run("kubectl get pods nope -n shop")).toMatchObject({ ok: false, output: `Error from server (NotFound): pods "nope" not found` });
  expect((await run("kubectl get deploy web nope -n shop")).output).toBe(`NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    3/3     3            3           19s\nError from server (NotFound): deployments.apps "nope" not found`);
  expect(await run("kubectl get")).toMatchObject({ ok: false, output: expect.stringContaining("error: Required resource not specified.") });
  expect(await run("kubectl get pods --context staging")).toMatchObject({ ok: false, output: `error: context "staging" does not exist` });
  expect(await run("kubectl get pods --foo")).toMatchObject({ ok: false, output: "error: unknown flag: --foo\nSee 'kubectl get --help' for usage." });
  expect(await run("kubectl get pods -z")).toMatchObject({ ok: false, output: "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage." });
  expect(sim.world).toBe(world);
});

test("global flags may come before the subcommand", async () => {
  const { run } = await shop();
  expect((await run("kubectl -n shop get deploy")).output).toBe("NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    3/3     3            3           19s");
});

const extra = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  rules:
    - host: shop.example
      http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web, namespace: shop }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  minReplicas: 2
  maxReplicas: 5
  metrics: [{ type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: 80 } } }]
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly, namespace: shop }
spec:
  schedule: "*/1 * * * *"
  jobTemplate: { spec: { template: { spec: { restartPolicy: Never, containers: [{ name: job, image: busybox }] } } } }
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: shop }
spec:
  serviceName: db
  replicas: 1
  selector: { matchLabels: { app: db } }
  template: { metadata: { labels: { app: db } }, spec: { containers: [{ name: db, image: postgres:16 }] } }
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent, namespace: shop }
spec:
  selector: { matchLabels: { app: agent } }
  template: { metadata: { labels: { app: agent } }, spec: { containers: [{ name: agent, image: busybox }] } }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: data, namespace: shop }
spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: v1
kind: Secret
metadata: { name: creds, namespace: shop }
stringData: { password: hunter2 }
---
apiVersion: v1
kind: Service
metadata: { name: lb, namespace: shop }
spec: { type: LoadBalancer, selector: { app: web }, ports: [{ port: 80, targetPort: 8080 }] }
`;

test("the other built-in kinds print kubectl's columns", async () => {
  const { run, sim } = await shop({ automated: "{}" });
  const applied = applyToCluster(sim.world, HUB_CLUSTER, parseAllDocuments(extra).map((document) => document.toJS() as unknown), "kubectl-client-side-apply");
  if (!applied.ok) throw new Error(applied.message);
  sim.world = applied.world;
  await sim.advance(70_000);
  const sections = (await run("kubectl get ingress,hpa,cronjob,job,sts,ds,pvc,secret,svc -n shop")).output.split("\n\n").map((section) => section.split("\n"));
  expect(sections.map((lines) => lines[0].split(/ {3,}/))).toEqual([
    ["NAME", "CLASS", "HOSTS", "ADDRESS", "PORTS", "AGE"],
    ["NAME", "REFERENCE", "TARGETS", "MINPODS", "MAXPODS", "REPLICAS", "AGE"],
    ["NAME", "SCHEDULE", "TIMEZONE", "SUSPEND", "ACTIVE", "LAST SCHEDULE", "AGE"],
    ["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"],
    ["NAME", "READY", "AGE"],
    ["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"],
    ["NAME", "STATUS", "VOLUME", "CAPACITY", "ACCESS MODES", "STORAGECLASS", "VOLUMEATTRIBUTESCLASS", "AGE"],
    ["NAME", "TYPE", "DATA", "AGE"],
    ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"],
  ]);
  expect(sections[0][1]).toBe("ingress.networking.k8s.io/web   <none>   shop.example   172.18.255.2   80      70s");
  expect(sections[1][1]).toBe("horizontalpodautoscaler.autoscaling/web   Deployment/web   cpu: 0%/80%   2         5         2          70s");
  expect(sections[3][1]).toMatch(/^job\.batch\/nightly-\d+   Complete   1\/1           3s         30s$/);
  expect(sections[8][1]).toBe("service/lb    LoadBalancer   10.96.0.3    172.18.255.1   80:30000/TCP   70s");
  expect((await run("kubectl get pods -n shop -l app=db -o wide")).output).toBe(
    "NAME   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES\ndb-0   1/1     Running   0          70s   10.244.0.6   node-1   <none>           <none>",
  );
  expect((await run("kubectl get deploy -n shop --show-labels")).output).toBe("NAME   READY   UP-TO-DATE   AVAILABLE   AGE   LABELS\nweb    2/2     2            2           89s   <none>");
  expect((await run("kubectl rollout status ds/agent -n shop")).output).toBe(`daemon set "agent" successfully rolled out`);
});
