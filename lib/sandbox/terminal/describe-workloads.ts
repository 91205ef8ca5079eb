// kubectl describe for Deployments, ReplicaSets and Pods, section by section as kubectl prints
// them (Replicas line, strategy, pod template, conditions, old and new ReplicaSets).
import { listObjects } from "@/lib/kube/list-objects";
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import type { KubeObject } from "@/lib/kube/types";
import { count, labelString, list, orNone, plain, type Plain } from "./column-cells";
import type { DescribeWriter } from "./describe-writer";
import { rfc1123 } from "./format-time";

const REVISION = "deployment.kubernetes.io/revision";

function header(writer: DescribeWriter, object: KubeObject, created: boolean): void {
  writer.line(0, "Name:", object.metadata.name);
  writer.line(0, "Namespace:", object.metadata.namespace ?? "");
  if (created && object.metadata.creationTimestamp) writer.line(0, "CreationTimestamp:", rfc1123(Date.parse(object.metadata.creationTimestamp)));
}

function ports(container: Plain): string {
  const first = plain(list(container.ports)[0]);
  return first.containerPort === undefined ? "<none>" : `${String(first.containerPort)}/${String(first.protocol ?? "TCP")}`;
}

function environment(container: Plain): string[] {
  return list(container.env).map(plain).map((env) => `${String(env.name)}:  ${env.value === undefined ? "<set from a reference>" : String(env.value)}`);
}

/**
 * The Containers block shared by pod templates and pods; `statuses` add a pod's live state.
 * kubectl indents a template's container names one space deeper than the "Containers:" title
 * and a pod's by a level; the fields are four spaces in for both.
 */
function containers(writer: DescribeWriter, level: number, spec: Plain, statuses?: Plain[]): void {
  writer.line(level, "Containers:");
  for (const container of list(spec.containers).map(plain)) {
    if (statuses) writer.line(level + 1, `${String(container.name)}:`);
    else writer.line(level, ` ${String(container.name)}:`);
    writer.line(2, "Image:", String(container.image ?? ""));
    writer.line(2, "Port:", ports(container));
    writer.line(2, "Host Port:", ports(container) === "<none>" ? "<none>" : "0/TCP");
    const status = statuses?.find((item) => item.name === container.name);
    if (status) {
      const state = plain(status.state);
      const [name] = Object.keys(state);
      writer.line(2, "State:", name ? name[0].toUpperCase() + name.slice(1) : "Waiting");
      const detail = plain(state[name]);
      if (detail.reason) writer.line(3, "Reason:", String(detail.reason));
      if (detail.startedAt) writer.line(3, "Started:", rfc1123(Date.parse(String(detail.startedAt))));
      writer.line(2, "Ready:", status.ready ? "True" : "False");
      writer.line(2, "Restart Count:", String(status.restartCount ?? 0));
    }
    const env = environment(container);
    if (env.length === 0) writer.line(2, "Environment:", "<none>");
    else {
      writer.line(2, "Environment:");
      for (const line of env) writer.line(3, line);
    }
    writer.line(2, "Mounts:", "<none>");
  }
}

function podTemplate(writer: DescribeWriter, template: Plain): void {
  const spec = plain(template.spec);
  writer.line(0, "Pod Template:");
  writer.map(1, "Labels:", plain(plain(template.metadata).labels) as Record<string, string>, "=");
  containers(writer, 1, spec);
  writer.line(1, "Volumes:", list(spec.volumes).length === 0 ? "<none>" : list(spec.volumes).map((volume) => String(plain(volume).name)).join(", "));
  writer.line(1, "Node-Selectors:", orNone(labelString(spec.nodeSelector)));
  writer.line(1, "Tolerations:", "<none>");
}

function conditions(writer: DescribeWriter, status: Plain, withReason: boolean): void {
  const items = list(status.conditions).map(plain);
  if (items.length === 0) return;
  writer.line(0, "Conditions:");
  writer.line(1, "Type", "Status", ...(withReason ? ["Reason"] : []));
  writer.line(1, "----", "------", ...(withReason ? ["------"] : []));
  for (const item of items) writer.line(1, String(item.type), String(item.status), ...(withReason ? [String(item.reason ?? "")] : []));
}

const ownedBy = (owner: KubeObject) => (object: KubeObject) => (object.metadata.ownerReferences ?? []).some((ref) => ref.uid === owner.metadata.uid);

const replicaSetLine = (rs: KubeObject) => `${rs.metadata.name} (${count(plain(rs.status).replicas)}/${String(plain(rs.spec).replicas ?? 0)} replicas created)`;

export function describeDeployment(writer: DescribeWriter, deployment: KubeObject, cluster: ClusterState): void {
  const spec = plain(deployment.spec);
  const status = plain(deployment.status);
  const strategy = plain(spec.strategy);
  header(writer, deployment, true);
  writer.map(0, "Labels:", deployment.metadata.labels, "=");
  writer.map(0, "Annotations:", deployment.metadata.annotations, ": ");
  writer.line(0, "Selector:", orNone(labelString(plain(spec.selector).matchLabels)));
  writer.line(0, "Replicas:", `${String(spec.replicas ?? 1)} desired | ${count(status.updatedReplicas)} updated | ${count(status.replicas)} total | ${count(status.availableReplicas)} available | ${count(status.unavailableReplicas)} unavailable`);
  writer.line(0, "StrategyType:", String(strategy.type ?? "RollingUpdate"));
  writer.line(0, "MinReadySeconds:", String(spec.minReadySeconds ?? 0));
  if ((strategy.type ?? "RollingUpdate") === "RollingUpdate") {
    const rolling = plain(strategy.rollingUpdate);
    writer.line(0, "RollingUpdateStrategy:", `${String(rolling.maxUnavailable ?? "25%")} max unavailable, ${String(rolling.maxSurge ?? "25%")} max surge`);
  }
  podTemplate(writer, plain(spec.template));
  conditions(writer, status, true);
  const sets = listObjects(cluster, { group: "apps", kind: "ReplicaSet", namespace: deployment.metadata.namespace }).filter(ownedBy(deployment));
  const revision = deployment.metadata.annotations?.[REVISION];
  const newest = sets.find((rs) => rs.metadata.annotations?.[REVISION] === revision);
  const olds = sets.filter((rs) => rs !== newest && (Number(plain(rs.spec).replicas ?? 0) > 0 || Number(plain(rs.status).replicas ?? 0) > 0));
  writer.line(0, "OldReplicaSets:", olds.length === 0 ? "<none>" : olds.map(replicaSetLine).join(", "));
  writer.line(0, "NewReplicaSet:", newest ? replicaSetLine(newest) : "<none>");
}

function controlledBy(object: KubeObject): string | undefined {
  const ref = (object.metadata.ownerReferences ?? []).find((owner) => owner.controller);
  return ref ? `${ref.kind}/${ref.name}` : undefined;
}

export function describeReplicaSet(writer: DescribeWriter, rs: KubeObject, cluster: ClusterState): void {
  const spec = plain(rs.spec);
  header(writer, rs, false);
  writer.line(0, "Selector:", orNone(labelString(plain(spec.selector).matchLabels)));
  writer.map(0, "Labels:", rs.metadata.labels, "=");
  writer.map(0, "Annotations:", rs.metadata.annotations, ": ");
  const owner = controlledBy(rs);
  if (owner) writer.line(0, "Controlled By:", owner);
  writer.line(0, "Replicas:", `${count(plain(rs.status).replicas)} current / ${String(spec.replicas ?? 1)} desired`);
  const pods = listObjects(cluster, { kind: "Pod", namespace: rs.metadata.namespace }).filter(ownedBy(rs));
  const phase = (name: string) => pods.filter((pod) => plain(pod.status).phase === name).length;
  writer.line(0, "Pods Status:", `${phase("Running")} Running / ${phase("Pending")} Waiting / ${phase("Succeeded")} Succeeded / ${phase("Failed")} Failed`);
  podTemplate(writer, plain(spec.template));
}

export function describePod(writer: DescribeWriter, pod: KubeObject, cluster: ClusterState): void {
  const spec = plain(pod.spec);
  const status = plain(pod.status);
  const ip = String(status.podIP ?? "");
  header(writer, pod, false);
  writer.line(0, "Priority:", "0");
  writer.line(0, "Service Account:", String(spec.serviceAccountName ?? "default"));
  writer.line(0, "Node:", ip ? `${String(spec.nodeName ?? cluster.config.nodes[0])}/${String(status.hostIP ?? "")}` : "<none>");
  if (status.startTime) writer.line(0, "Start Time:", rfc1123(Date.parse(String(status.startTime))));
  writer.map(0, "Labels:", pod.metadata.labels, "=");
  writer.map(0, "Annotations:", pod.metadata.annotations, ": ");
  writer.line(0, "Status:", pod.metadata.deletionTimestamp ? "Terminating" : String(status.phase ?? "Pending"));
  writer.line(0, "IP:", ip);
  if (ip) writer.line(0, "IPs:").line(1, "IP:", ip);
  else writer.line(0, "IPs:", "<none>");
  const owner = controlledBy(pod);
  if (owner) writer.line(0, "Controlled By:", owner);
  containers(writer, 0, spec, list(status.containerStatuses).map(plain));
  conditions(writer, status, false);
  writer.line(0, "Volumes:", "<none>");
  writer.line(0, "QoS Class:", String(status.qosClass ?? "BestEffort"));
  writer.line(0, "Node-Selectors:", orNone(labelString(spec.nodeSelector)));
  writer.line(0, "Tolerations:", "<none>");
}
