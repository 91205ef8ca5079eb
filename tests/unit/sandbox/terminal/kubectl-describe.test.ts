import { expect, test } from "vitest";
import { configMapYaml, deploymentYaml, serviceYaml } from "../../reconciler/argocd/fixtures";
import { shop } from "./terminal-harness";

test("kubectl describe deployment: kubectl's sections, the Replicas line and the events", async () => {
  const { run } = await shop({ automated: "{}" });
  await run("kubectl scale deploy web --replicas=5 -n shop");
  const text = (await run("kubectl describe deployment web -n shop")).output;
  const lines = text.split("\n");
  expect(lines.slice(0, 12)).toEqual([
    "Name:                   web",
    "Namespace:              shop",
    "CreationTimestamp:      Thu, 01 Jan 2026 00:00:01 +0000",
    "Labels:                 <none>",
    "Annotations:            argocd.argoproj.io/tracking-id: web:apps/Deployment:shop/web",
    "                        deployment.kubernetes.io/revision: 1",
    "Selector:               app=web",
    // The controller has not seen the new spec yet: the clock does not move inside a command.
    "Replicas:               5 desired | 3 updated | 3 total | 3 available | 0 unavailable",
    "StrategyType:           RollingUpdate",
    "MinReadySeconds:        0",
    "RollingUpdateStrategy:  25% max unavailable, 25% max surge",
    "Pod Template:",
  ]);
  expect(text).toContain("  Containers:\n   web:\n    Image:         nginx:1.27\n");
  expect(text).toContain("Conditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n  Progressing    True    NewReplicaSetAvailable\n");
  expect(text).toMatch(/\nOldReplicaSets:  <none>\nNewReplicaSet:   web-[a-z0-9]+ \(3\/3 replicas created\)\n/);
  expect(lines.slice(-3)).toEqual([
    "  ----    ------          ----  ----                           -------",
    "  Normal  ResourceSynced  19s   argocd-application-controller  deployment/web created",
    "  Normal  Updated         0s    kubectl-scale                  deployment/web changed by kubectl-scale",
  ]);
});

test("describe finds pods by name prefix, and prints each pod's containers and conditions", async () => {
  const { run } = await shop();
  const outcome = await run("kubectl describe pod web -n shop");
  expect(outcome.ok).toBe(true);
  const pods = outcome.output.split("\n\n");
  expect(pods).toHaveLength(3);
  expect(pods[0]).toMatch(/^Name: +web-[a-z0-9]+-[a-z0-9]{5}\nNamespace: +shop\n/);
  expect(pods[0]).toContain("\nStatus:           Running\n");
  expect(pods[0]).toMatch(/\nControlled By:  ReplicaSet\/web-[a-z0-9]+\n/);
  expect(pods[0]).toContain("Containers:\n  web:\n    Image:          nginx:1.27\n");
  expect(pods[0]).toContain("    Ready:          True\n    Restart Count:  0\n");
  expect(await run("kubectl describe pod zzz -n shop")).toMatchObject({ ok: false, output: `Error from server (NotFound): pods "zzz" not found` });
});

test("describe service and configmap", async () => {
  const { run } = await shop({ files: { "apps/web/deployment.yaml": deploymentYaml(1), "apps/web/service.yaml": serviceYaml, "apps/web/config.yaml": configMapYaml("settings") } });
  const service = (await run("kubectl describe svc web -n shop")).output;
  expect(service).toContain("Selector:                 app=web\nType:                     ClusterIP\n");
  expect(service).toMatch(/\nPort:                     <unset>  80\/TCP\nTargetPort:               8080\/TCP\nEndpoints:                10\.244\.0\.\d+:8080\n/);
  expect((await run("kubectl describe cm settings -n shop")).output).toBe(
    ["Name:         settings", "Namespace:    shop", "Labels:       <none>", "Annotations:  argocd.argoproj.io/tracking-id: web:/ConfigMap:shop/settings", "", "Data", "====", "mode:", "----", "demo", "", "", "BinaryData", "====", "", "Events:", "  Type    Reason          Age   From                           Message", "  ----    ------          ----  ----                           -------", "  Normal  ResourceSynced  19s   argocd-application-controller  configmap/settings created"].join("\n"),
  );
});

test("kinds without a describer, like an Argo CD Application, print their fields as kubectl's generic describer does", async () => {
  const { run } = await shop();
  const text = (await run("kubectl describe application web -n argocd")).output;
  expect(text).toMatch(/^Name:         web\nNamespace:    argocd\nLabels:       <none>\nAnnotations:  <none>\nAPI Version:  argoproj.io\/v1alpha1\nKind:         Application\nMetadata:\n/);
  expect(text).toContain("Spec:\n  Destination:\n    Namespace:  shop\n    Server:     https://kubernetes.default.svc\n  Project:      default\n  Source:\n    Path:             apps/web\n    Repo URL:         https://git.example/shop.git\n    Target Revision:  main\n");
  expect(text).toContain("  Normal  OperationStarted    20s   argocd-application-controller  Initiated automated sync to '");
});

test("describe errors: no type, unknown type", async () => {
  const { run } = await shop();
  expect(await run("kubectl describe")).toMatchObject({ ok: false, output: expect.stringMatching(/^error: You must specify the type of resource to describe/) });
  expect(await run("kubectl describe widget x")).toMatchObject({ ok: false, output: `error: the server doesn't have a resource type "widget"` });
});

test("kubectl get events / kubectl events: the timeline of the namespace, oldest first", async () => {
  const { run } = await shop({ automated: "{}" });
  await run("kubectl scale deploy web --replicas=4 -n shop");
  const lines = (await run("kubectl get events -n shop")).output.split("\n");
  expect(lines[0]).toBe("LAST SEEN   TYPE     REASON           OBJECT           MESSAGE");
  expect(lines.at(-1)).toBe("0s          Normal   Updated          deployment/web   deployment/web changed by kubectl-scale");
  expect((await run("kubectl events -n shop")).output).toBe(lines.join("\n"));
  expect((await run("kubectl events -n argocd")).output).toContain("application/web   Initiated automated sync to '");
  expect((await run("kubectl events -A")).output.split("\n")[0]).toMatch(/^NAMESPACE   LAST SEEN   TYPE     REASON +OBJECT +MESSAGE$/);
  expect((await run("kubectl get events")).output).toBe("No events found in default namespace.");
});

test("real kubectl commands the simulation does not model say what to do instead", async () => {
  const { run } = await shop();
  expect(await run("kubectl logs web -n shop")).toMatchObject({ ok: false, output: `error: "kubectl logs" is not available in this sandbox: the simulated pods run no processes` });
  expect(await run("kubectl create deployment x --image=nginx")).toMatchObject({ ok: false, output: expect.stringContaining(`use "kubectl apply -f"`) });
});
