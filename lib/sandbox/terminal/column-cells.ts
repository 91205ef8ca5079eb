// The shape of a `kubectl get` column table and the cell formats the tables share: reading
// loosely typed object fields, AGE, counts that default to 0, "<none>", and label selectors.
import type { ClusterState } from "@/lib/kube/store/cluster-state";
import type { KubeObject } from "@/lib/kube/types";
import { ageOf } from "./format-time";

export interface RowContext {
  now: number;
  cluster: ClusterState;
}

export interface KindColumns {
  /** Headers after NAME. */
  headers: string[];
  cells(object: KubeObject, context: RowContext): string[];
  wideHeaders?: string[];
  wideCells?(object: KubeObject, context: RowContext): string[];
}

export type Plain = Record<string, unknown>;

/** A field read as a map (`{}` when absent or not a map): objects from YAML are loosely typed. */
export const plain = (value: unknown): Plain => (value && typeof value === "object" && !Array.isArray(value) ? (value as Plain) : {});
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const age = (object: KubeObject, context: RowContext) => ageOf(object.metadata.creationTimestamp, context.now);
/** A status counter; absent counts print as 0 (Go's zero value). */
export const count = (value: unknown) => String(typeof value === "number" ? value : 0);
export const orNone = (value: string | undefined) => (value ? value : "<none>");
/** "app=web,tier=frontend", as kubectl prints selectors and labels. */
export const labelString = (labels: unknown) =>
  Object.entries(plain(labels))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(",");
