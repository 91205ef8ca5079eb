// kubectl describe for kinds without their own describer (custom resources such as Argo CD
// Applications and Flux Kustomizations, namespaces…): the object's fields as an indented tree,
// keys sorted and turned into words ("repoURL" → "Repo URL"), as kubectl's generic describer
// (printUnstructuredContent, smartLabelFor) prints them.
import type { KubeObject } from "@/lib/kube/types";
import type { DescribeWriter } from "./describe-writer";

const ACRONYMS = ["API", "URL", "UID", "OSB", "GUID"];

type CharClass = "lower" | "upper" | "digit" | "other";
const classOf = (char: string): CharClass => (/[a-z]/.test(char) ? "lower" : /[A-Z]/.test(char) ? "upper" : /\d/.test(char) ? "digit" : "other");

/** fatih/camelcase Split: runs of one character class; an upper run's last letter starts a following lower run. */
function splitCamelCase(field: string): string[] {
  const runs: string[] = [];
  let previous: CharClass | undefined;
  for (const char of field) {
    const kind = classOf(char);
    if (kind === previous) runs[runs.length - 1] += char;
    else runs.push(char);
    previous = kind;
  }
  for (let index = 0; index < runs.length - 1; index++) {
    if (runs[index] && classOf(runs[index][0]) === "upper" && classOf(runs[index + 1][0]) === "lower") {
      runs[index + 1] = runs[index].slice(-1) + runs[index + 1];
      runs[index] = runs[index].slice(0, -1);
    }
  }
  return runs.filter(Boolean);
}

/** @example smartLabel("repoURL") // "Repo URL" */
export function smartLabel(field: string): string {
  if (/[^A-Za-z-]/.test(field)) return field;
  return splitCamelCase(field)
    .filter((part) => part !== "_")
    .map((part) => (ACRONYMS.includes(part.toUpperCase()) ? part.toUpperCase() : part[0].toUpperCase() + part.slice(1)))
    .join(" ");
}

const SKIPPED = new Set([".metadata.managedFields", ".metadata.name", ".metadata.namespace", ".metadata.labels", ".metadata.annotations"]);

function goValue(value: unknown): string {
  return value === null || value === undefined ? "<nil>" : String(value);
}

function printContent(writer: DescribeWriter, level: number, content: Record<string, unknown>, prefix: string): void {
  for (const field of Object.keys(content).sort()) {
    const value = content[field];
    const path = `${prefix}.${field}`;
    if (SKIPPED.has(path)) continue;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      writer.line(level, `${smartLabel(field)}:`);
      printContent(writer, level + 1, value as Record<string, unknown>, path);
    } else if (Array.isArray(value)) {
      writer.line(level, `${smartLabel(field)}:`);
      for (const item of value) {
        if (item && typeof item === "object" && !Array.isArray(item)) printContent(writer, level + 1, item as Record<string, unknown>, path);
        else writer.line(level + 1, goValue(item));
      }
    } else {
      writer.line(level, `${smartLabel(field)}:`, goValue(value));
    }
  }
}

/** Name, Namespace, Labels, Annotations, then every other field. */
export function describeGeneric(writer: DescribeWriter, object: KubeObject): void {
  writer.line(0, "Name:", object.metadata.name);
  writer.line(0, "Namespace:", object.metadata.namespace ?? "");
  writer.map(0, "Labels:", object.metadata.labels, "=");
  writer.map(0, "Annotations:", object.metadata.annotations, ": ");
  printContent(writer, 0, object as Record<string, unknown>, "");
}
