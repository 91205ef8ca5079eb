// kubectl describe's output model (k8s.io/kubectl describe.PrefixWriter): lines at an
// indentation level, with tab-separated cells aligned by one tabwriter (padding 2) over the
// whole text, plus the shared pieces every describer prints (labels, annotations, events).
import type { SimEvent } from "@/lib/reconciler/world/world-state";
import { tabwrite, TWO_SPACES } from "./format-table";
import { humanDuration } from "./format-time";

export class DescribeWriter {
  private readonly lines: string[][] = [];

  /** One line at `level` (two spaces each); cells are separated by tabs, as in kubectl. */
  line(level: number, ...cells: string[]): this {
    const indented = [...cells];
    indented[0] = `${"  ".repeat(level)}${indented[0] ?? ""}`;
    this.lines.push(indented);
    return this;
  }

  /** `Labels:  a=b` then one `\tc=d` line per further label, or `<none>`. */
  map(level: number, title: string, values: Record<string, string> | undefined, separator: "=" | ": "): this {
    const entries = Object.keys(values ?? {}).sort().map((key) => `${key}${separator}${values![key]}`);
    if (entries.length === 0) return this.line(level, title, "<none>");
    this.line(level, title, entries[0]);
    for (const entry of entries.slice(1)) this.line(level, "", entry);
    return this;
  }

  /** The Events section, from the simulation's timeline, oldest first as kubectl sorts them. */
  events(events: readonly SimEvent[], now: number): this {
    if (events.length === 0) return this.line(0, "Events:", "<none>");
    this.line(0, "Events:");
    this.line(1, "Type", "Reason", "Age", "From", "Message");
    this.line(1, "----", "------", "----", "----", "-------");
    for (const event of events.slice(-20)) this.line(1, event.type, event.reason, humanDuration(now - event.time), event.source, event.message.split("\n")[0]);
    return this;
  }

  toString(): string {
    return tabwrite(this.lines, TWO_SPACES);
  }
}

// The GitOps controllers name their own objects "Kind/name" in the timeline; everything else
// is "Kind/namespace/name".
const CONTROLLER_KINDS = new Set(["Application", "ApplicationSet", "Kustomization", "GitRepository"]);

/** The timeline events about one object. */
export function eventsAbout(events: readonly SimEvent[], cluster: string, kind: string, namespace: string, name: string): SimEvent[] {
  const ids = new Set([`${kind}/${namespace ? `${namespace}/` : ""}${name}`, ...(CONTROLLER_KINDS.has(kind) ? [`${kind}/${name}`] : [])]);
  return events.filter((event) => event.cluster === cluster && ids.has(event.object));
}
