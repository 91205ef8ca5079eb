import { seededIds, uidFromId, type IdSource } from "../ids";
import { compareStrings, keyOf, keyString } from "../object-key";
import type { ChangeEvent, KubeObject, ObjectKey } from "../types";
import type { ClusterConfig, ClusterCounters, ClusterState } from "./cluster-state";

/** What the caller may inject besides the state: the id source (defaults to one seeded by `state.seed`). */
export interface KubeEnv {
  ids?: IdSource;
}

/**
 * A working copy of a ClusterState for one operation. The input state is never mutated;
 * `commit()` returns the new state. Internal to lib/kube.
 */
export class ClusterWriter {
  private currentTime: number;
  readonly config: ClusterConfig;
  private readonly seed: string;
  private readonly ids: IdSource;
  private readonly objects: Map<string, KubeObject>;
  private counters: ClusterCounters;
  private events: ChangeEvent[];
  private sortedKeys: string[] | null = null;
  // Lazily built lookups, dropped whenever the set of objects or an ownerReference changes.
  private kindIndex: Map<string, string[]> | null = null;
  private ownerIndex: Map<string, string[]> | null = null;

  constructor(state: ClusterState, env: KubeEnv = {}, now = state.now) {
    this.currentTime = now;
    this.config = state.config;
    this.seed = state.seed;
    this.ids = env.ids ?? seededIds(state.seed);
    this.objects = new Map(Object.entries(state.objects));
    this.counters = { ...state.counters };
    this.events = [...state.events];
  }

  /** The simulated time of the writes being made. */
  get now(): number {
    return this.currentTime;
  }

  /** Move the working copy's clock forward (time never goes back). */
  moveTo(time: number): void {
    this.currentTime = Math.max(this.currentTime, time);
  }

  nowIso(): string {
    return isoTime(this.currentTime);
  }

  nextId(): string {
    const id = this.ids(this.counters.ids);
    this.counters = { ...this.counters, ids: this.counters.ids + 1 };
    return id;
  }

  /** The latest resourceVersion handed out; it moves on every write. */
  resourceVersion(): number {
    return this.counters.resourceVersion;
  }

  newUid(): string {
    return uidFromId(this.nextId());
  }

  /** Kubernetes: the default service CIDR is 10.96.0.0/12; 10.96.0.1 belongs to the `kubernetes` Service. */
  allocateClusterIp(): string {
    this.counters = { ...this.counters, clusterIp: this.counters.clusterIp + 1 };
    const n = this.counters.clusterIp;
    return `10.96.${Math.floor(n / 254)}.${(n % 254) + 1}`;
  }

  /** Kubernetes: nodePorts come from 30000–32767 (randomly; here in order). */
  allocateNodePort(): number {
    this.counters = { ...this.counters, nodePort: this.counters.nodePort + 1 };
    return 30000 + ((this.counters.nodePort - 1) % 2768);
  }

  allocatePodIp(): string {
    this.counters = { ...this.counters, podIp: this.counters.podIp + 1 };
    const n = this.counters.podIp;
    return `10.244.${Math.floor(n / 254)}.${(n % 254) + 1}`;
  }

  allocateLoadBalancerIp(): string {
    this.counters = { ...this.counters, loadBalancerIp: this.counters.loadBalancerIp + 1 };
    return `172.18.255.${this.counters.loadBalancerIp}`;
  }

  get(key: ObjectKey): KubeObject | undefined {
    return this.objects.get(keyString(key));
  }

  /** Every live object, sorted by key. */
  all(): KubeObject[] {
    return this.keys().map((key) => this.objects.get(key) as KubeObject);
  }

  // Controllers list by kind many times per pass; keep the sorted keys until the set changes.
  private keys(): string[] {
    if (!this.sortedKeys) this.sortedKeys = [...this.objects.keys()].sort(compareStrings);
    return this.sortedKeys;
  }

  /** Objects of one group/kind, optionally in one namespace, sorted by key. */
  ofKind(group: string, kind: string, namespace?: string): KubeObject[] {
    if (!this.kindIndex) {
      this.kindIndex = new Map();
      for (const key of this.keys()) {
        const kindKey = key.split("/", 2).join("/");
        this.kindIndex.set(kindKey, [...(this.kindIndex.get(kindKey) ?? []), key]);
      }
    }
    const keys = this.kindIndex.get(`${group}/${kind}`) ?? [];
    const prefix = `${group}/${kind}/${namespace ?? ""}/`;
    const selected = namespace === undefined ? keys : keys.filter((key) => key.startsWith(prefix));
    return selected.map((key) => this.objects.get(key) as KubeObject);
  }

  /** Objects whose ownerReferences name `uid`, sorted by key. */
  dependentsOf(uid: string): KubeObject[] {
    if (!this.ownerIndex) {
      this.ownerIndex = new Map();
      for (const key of this.keys()) {
        for (const owner of (this.objects.get(key) as KubeObject).metadata.ownerReferences ?? []) {
          this.ownerIndex.set(owner.uid, [...(this.ownerIndex.get(owner.uid) ?? []), key]);
        }
      }
    }
    return (this.ownerIndex.get(uid) ?? []).map((key) => this.objects.get(key) as KubeObject);
  }

  /** Store an object with a new resourceVersion and emit ADDED or MODIFIED. */
  put(object: KubeObject, fieldManager: string): KubeObject {
    const key = keyString(keyOf(object));
    const existed = this.objects.has(key);
    const resourceVersion = this.bumpResourceVersion();
    const previousOwners = JSON.stringify(this.objects.get(key)?.metadata.ownerReferences ?? null);
    if (!existed) this.dropIndexes();
    else if (previousOwners !== JSON.stringify(object.metadata.ownerReferences ?? null)) this.ownerIndex = null;
    const stored: KubeObject = { ...object, metadata: { ...object.metadata, resourceVersion } };
    this.objects.set(key, stored);
    this.emit(existed ? "MODIFIED" : "ADDED", stored, fieldManager, resourceVersion);
    return stored;
  }

  /** Remove an object and emit DELETED. */
  remove(key: ObjectKey, fieldManager: string): KubeObject | undefined {
    const existing = this.objects.get(keyString(key));
    if (!existing) return undefined;
    this.objects.delete(keyString(key));
    this.dropIndexes();
    this.emit("DELETED", existing, fieldManager, this.bumpResourceVersion());
    return existing;
  }

  commit(base: ClusterState): ClusterState {
    const keys = this.keys();
    const overflow = Math.max(0, this.events.length - this.config.maxEvents);
    return {
      ...base,
      now: this.now,
      counters: this.counters,
      objects: Object.fromEntries(keys.map((key) => [key, this.objects.get(key) as KubeObject])),
      events: overflow > 0 ? this.events.slice(overflow) : this.events,
    };
  }

  private dropIndexes(): void {
    this.sortedKeys = null;
    this.kindIndex = null;
    this.ownerIndex = null;
  }

  private bumpResourceVersion(): string {
    this.counters = { ...this.counters, resourceVersion: this.counters.resourceVersion + 1 };
    return String(this.counters.resourceVersion);
  }

  private emit(type: ChangeEvent["type"], object: KubeObject, fieldManager: string, resourceVersion: string): void {
    this.events.push({ type, time: this.nowIso(), resourceVersion, fieldManager, object });
  }
}

/** RFC 3339 without milliseconds, as Kubernetes prints timestamps. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
