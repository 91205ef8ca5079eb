// kubectl describe for Services, ConfigMaps and Secrets.
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import type { KubeObject } from "@/lib/kube/types";
import { labelString, list, orNone, plain } from "./column-cells";
import type { DescribeWriter } from "./describe-writer";

function metadata(writer: DescribeWriter, object: KubeObject): void {
  writer.line(0, "Name:", object.metadata.name);
  writer.line(0, "Namespace:", object.metadata.namespace ?? "");
  writer.map(0, "Labels:", object.metadata.labels, "=");
  writer.map(0, "Annotations:", object.metadata.annotations, ": ");
}

export function describeService(writer: DescribeWriter, service: KubeObject, cluster: ClusterState): void {
  const spec = plain(service.spec);
  const type = String(spec.type ?? "ClusterIP");
  metadata(writer, service);
  writer.line(0, "Selector:", orNone(labelString(spec.selector)));
  writer.line(0, "Type:", type);
  writer.line(0, "IP Family Policy:", "SingleStack");
  writer.line(0, "IP Families:", "IPv4");
  writer.line(0, "IP:", String(spec.clusterIP ?? ""));
  writer.line(0, "IPs:", String(spec.clusterIP ?? ""));
  const ingress = list(plain(plain(service.status).loadBalancer).ingress).map((item) => String(plain(item).ip ?? plain(item).hostname ?? ""));
  if (ingress.length > 0) writer.line(0, "LoadBalancer Ingress:", ingress.join(", "));
  const endpoints = plain(cluster.objects[`/Endpoints/${service.metadata.namespace ?? ""}/${service.metadata.name}`]);
  for (const port of list(spec.ports).map(plain)) {
    const protocol = String(port.protocol ?? "TCP");
    writer.line(0, "Port:", `${String(port.name ?? "<unset>")}  ${String(port.port)}/${protocol}`);
    writer.line(0, "TargetPort:", `${String(port.targetPort ?? port.port)}/${protocol}`);
    if (port.nodePort !== undefined) writer.line(0, "NodePort:", `${String(port.name ?? "<unset>")}  ${String(port.nodePort)}/${protocol}`);
    const addresses = list(endpoints.subsets).flatMap((subset) => list(plain(subset).addresses).map((address) => `${String(plain(address).ip)}:${String(port.targetPort ?? port.port)}`));
    writer.line(0, "Endpoints:", addresses.join(","));
  }
  writer.line(0, "Session Affinity:", String(spec.sessionAffinity ?? "None"));
  if (type === "LoadBalancer" || type === "NodePort") writer.line(0, "External Traffic Policy:", String(spec.externalTrafficPolicy ?? "Cluster"));
  writer.line(0, "Internal Traffic Policy:", String(spec.internalTrafficPolicy ?? "Cluster"));
}

export function describeConfigMap(writer: DescribeWriter, configMap: KubeObject): void {
  metadata(writer, configMap);
  writer.line(0, "");
  writer.line(0, "Data");
  writer.line(0, "====");
  const data = plain(configMap.data);
  for (const key of Object.keys(data).sort()) {
    writer.line(0, `${key}:`);
    writer.line(0, "----");
    for (const line of String(data[key]).replace(/\n$/, "").split("\n")) writer.line(0, line);
    writer.line(0, "");
  }
  writer.line(0, "");
  writer.line(0, "BinaryData");
  writer.line(0, "====");
  writer.line(0, "");
}

export function describeSecret(writer: DescribeWriter, secret: KubeObject): void {
  metadata(writer, secret);
  writer.line(0, "");
  writer.line(0, "Type:", String(secret.type ?? "Opaque"));
  writer.line(0, "");
  writer.line(0, "Data");
  writer.line(0, "====");
  const data = plain(secret.data);
  const stringData = plain(secret.stringData);
  // kubectl shows sizes, never values: base64 data decodes to its byte length.
  const sizes = Object.fromEntries([...Object.entries(data).map(([key, value]) => [key, Math.floor((String(value).replace(/=+$/, "").length * 3) / 4)]), ...Object.entries(stringData).map(([key, value]) => [key, String(value).length])]);
  for (const key of Object.keys(sizes).sort()) writer.line(0, `${key}:`, `${String(sizes[key])} bytes`);
  writer.line(0, "");
}
