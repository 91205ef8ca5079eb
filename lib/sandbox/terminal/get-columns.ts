// The columns `kubectl get` prints per kind (kubectl's built-in table printers and the CRDs'
// additionalPrinterColumns), with the extra columns of `-o wide`.
import type { KubeObject } from "@/lib/kube/types";
import { age, labelString, list, orNone, plain, type KindColumns, type RowContext } from "./column-cells";
import { GITOPS_COLUMNS } from "./get-columns-gitops";
import { WORKLOAD_COLUMNS } from "./get-columns-workloads";
import type { ResourceType } from "./resource-kinds";

export type { KindColumns } from "./column-cells";

function podCells(pod: KubeObject, context: RowContext): string[] {
  const statuses = list(plain(pod.status).containerStatuses).map(plain);
  const total = list(plain(pod.spec).containers).length;
  let reason = String(plain(pod.status).reason ?? plain(pod.status).phase ?? "Pending");
  let ready = 0;
  let restarts = 0;
  let running = false;
  // kubectl walks the containers from last to first: the first one's state wins.
  for (const status of [...statuses].reverse()) {
    restarts += Number(status.restartCount ?? 0);
    const state = plain(status.state);
    const waiting = plain(state.waiting);
    const terminated = plain(state.terminated);
    if (waiting.reason) reason = String(waiting.reason);
    else if (terminated.reason) reason = String(terminated.reason);
    else if (state.terminated) reason = `ExitCode:${String(terminated.exitCode ?? 0)}`;
    else if (status.ready && state.running) {
      running = true;
      ready++;
    }
  }
  if (reason === "Completed" && running) reason = "Running";
  if (pod.metadata.deletionTimestamp) reason = "Terminating";
  return [`${ready}/${total}`, reason, String(restarts), age(pod, context)];
}

function podWide(pod: KubeObject, context: RowContext): string[] {
  const ip = String(plain(pod.status).podIP ?? "");
  // Every pod the simulation runs is on a node, even when it does not record which.
  const node = String(plain(pod.spec).nodeName ?? (ip ? context.cluster.config.nodes[0] : ""));
  return [orNone(ip), orNone(node), "<none>", "<none>"];
}

function servicePorts(service: KubeObject): string {
  const ports = list(plain(service.spec).ports).map(plain);
  if (ports.length === 0) return "<none>";
  return ports.map((port) => `${String(port.port)}${port.nodePort ? `:${String(port.nodePort)}` : ""}/${String(port.protocol ?? "TCP")}`).join(",");
}

function externalIp(service: KubeObject): string {
  const spec = plain(service.spec);
  const type = String(spec.type ?? "ClusterIP");
  const ingress = list(plain(plain(service.status).loadBalancer).ingress).map(plain);
  const external = list(spec.externalIPs).map(String);
  if (type === "LoadBalancer") {
    const addresses = [...ingress.map((item) => String(item.ip ?? item.hostname ?? "")), ...external].filter(Boolean);
    return addresses.length > 0 ? addresses.join(",") : "<pending>";
  }
  if (type === "ExternalName") return String(spec.externalName ?? "<none>");
  return external.length > 0 ? external.join(",") : "<none>";
}

function ingressCells(ingress: KubeObject, context: RowContext): string[] {
  const spec = plain(ingress.spec);
  const hosts = list(spec.rules).map((rule) => String(plain(rule).host ?? "")).filter(Boolean);
  const addresses = list(plain(plain(ingress.status).loadBalancer).ingress).map((item) => String(plain(item).ip ?? plain(item).hostname ?? ""));
  return [orNone(spec.ingressClassName as string | undefined), hosts.length > 0 ? hosts.join(",") : "*", addresses.join(","), list(spec.tls).length > 0 ? "80, 443" : "80", age(ingress, context)];
}

const ACCESS_MODES: Record<string, string> = { ReadWriteOnce: "RWO", ReadOnlyMany: "ROX", ReadWriteMany: "RWX", ReadWriteOncePod: "RWOP" };

const CORE_COLUMNS: Record<string, KindColumns> = {
  "/Pod": { headers: ["READY", "STATUS", "RESTARTS", "AGE"], cells: podCells, wideHeaders: ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"], wideCells: podWide },
  "/Service": {
    headers: ["TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"],
    cells: (svc, context) => [String(plain(svc.spec).type ?? "ClusterIP"), String(plain(svc.spec).clusterIP ?? "<none>"), externalIp(svc), servicePorts(svc), age(svc, context)],
    wideHeaders: ["SELECTOR"],
    wideCells: (svc) => [orNone(labelString(plain(svc.spec).selector))],
  },
  "/ConfigMap": { headers: ["DATA", "AGE"], cells: (cm, context) => [String(Object.keys(plain(cm.data)).length + Object.keys(plain(cm.binaryData)).length), age(cm, context)] },
  "/Secret": { headers: ["TYPE", "DATA", "AGE"], cells: (secret, context) => [String(secret.type ?? "Opaque"), String(Object.keys({ ...plain(secret.data), ...plain(secret.stringData) }).length), age(secret, context)] },
  "/Namespace": { headers: ["STATUS", "AGE"], cells: (ns, context) => [String(plain(ns.status).phase ?? "Active"), age(ns, context)] },
  "/ServiceAccount": { headers: ["SECRETS", "AGE"], cells: (sa, context) => [String(list(sa.secrets).length), age(sa, context)] },
  "/Endpoints": {
    headers: ["ENDPOINTS", "AGE"],
    cells: (ep, context) => {
      const endpoints = list(ep.subsets).flatMap((subset) => list(plain(subset).addresses).flatMap((address) => list(plain(subset).ports).map((port) => `${String(plain(address).ip)}:${String(plain(port).port)}`)));
      return [orNone(endpoints.join(",")), age(ep, context)];
    },
  },
  "/PersistentVolumeClaim": {
    headers: ["STATUS", "VOLUME", "CAPACITY", "ACCESS MODES", "STORAGECLASS", "VOLUMEATTRIBUTESCLASS", "AGE"],
    cells: (pvc, context) => {
      const spec = plain(pvc.spec);
      const status = plain(pvc.status);
      const modes = list(status.accessModes ?? spec.accessModes).map((mode) => ACCESS_MODES[String(mode)] ?? String(mode)).join(",");
      return [String(status.phase ?? "Pending"), String(spec.volumeName ?? ""), String(plain(status.capacity).storage ?? ""), modes, orNone(spec.storageClassName as string | undefined), "<unset>", age(pvc, context)];
    },
  },
  "networking.k8s.io/Ingress": { headers: ["CLASS", "HOSTS", "ADDRESS", "PORTS", "AGE"], cells: ingressCells },
  "networking.k8s.io/NetworkPolicy": { headers: ["POD-SELECTOR", "AGE"], cells: (np, context) => [orNone(labelString(plain(plain(np.spec).podSelector).matchLabels)), age(np, context)] },
  "apiextensions.k8s.io/CustomResourceDefinition": { headers: ["CREATED AT"], cells: (crd) => [String(crd.metadata.creationTimestamp ?? "")] },
  "rbac.authorization.k8s.io/Role": { headers: ["CREATED AT"], cells: (role) => [String(role.metadata.creationTimestamp ?? "")] },
  "rbac.authorization.k8s.io/ClusterRole": { headers: ["CREATED AT"], cells: (role) => [String(role.metadata.creationTimestamp ?? "")] },
  "rbac.authorization.k8s.io/RoleBinding": { headers: ["ROLE", "AGE"], cells: (rb, context) => [`${String(plain(rb.roleRef).kind)}/${String(plain(rb.roleRef).name)}`, age(rb, context)] },
  "rbac.authorization.k8s.io/ClusterRoleBinding": { headers: ["ROLE", "AGE"], cells: (rb, context) => [`${String(plain(rb.roleRef).kind)}/${String(plain(rb.roleRef).name)}`, age(rb, context)] },
};

const GENERIC: KindColumns = { headers: ["AGE"], cells: (object, context) => [age(object, context)] };

/** The columns for a type; kinds without a printer get NAME and AGE, as kubectl does. */
export function columnsFor(type: Pick<ResourceType, "group" | "kind">): KindColumns {
  const key = `${type.group}/${type.kind}`;
  return CORE_COLUMNS[key] ?? WORKLOAD_COLUMNS[key] ?? GITOPS_COLUMNS[key] ?? GENERIC;
}
