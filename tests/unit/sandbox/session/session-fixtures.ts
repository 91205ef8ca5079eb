// Storage and a host environment the way the sandbox worker supplies them, on memfs: one
// volume per storage, records kept as JSON strings (the browser stores a structured copy; JSON
// is the stricter round trip), and every posted message collected for assertions.
import { createFsFromVolume, Volume } from "memfs";
import type { GitFs } from "@/lib/git";
import { HUB_CLUSTER, type WorldState } from "@/lib/reconciler/world/world-state";
import type { WorkerMessage } from "@/lib/sandbox/protocol";
import type { HostEnvironment } from "@/lib/sandbox/sandbox-host";
import { repositoryName, type SandboxSession, type SandboxStorage, type SessionRecord } from "@/lib/sandbox/sandbox-session";
import type { Scenario } from "@/lib/sandbox/scenario";
import { findScenario } from "@/lib/sandbox/scenarios";
import { deploymentYaml, SHOP_REPO } from "@/lib/sandbox/scenarios/shop-manifests";
import type { SandboxView } from "@/lib/sandbox/view-schema";

export { SHOP_REPO };

export const DEPLOYMENT = "apps/web/deployment.yaml";

/** The clock the host starts with; session tests pass it to view(). */
export const RUNNING: SandboxView["clock"] = { running: true, speed: 1 };

export function scenarioById(id: string): Scenario {
  const scenario = findScenario(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return scenario;
}

/** A fresh, empty storage on its own in-memory volume. */
export function memoryStorage(): SandboxStorage {
  return { fs: createFsFromVolume(new Volume()) as unknown as GitFs, repoDir: (url) => `/repos/${repositoryName(url)}` };
}

/** The seed deployment with other replicas, as a learner would type it. */
export function deploymentWithReplicas(replicas: number): string {
  return deploymentYaml({ replicas, image: "nginx:1.27" });
}

/** The world as the worker would persist it: a JSON string, compared byte for byte. */
export function worldJson(world: WorldState): string {
  return JSON.stringify(world);
}

export function hubPods(world: WorldState, namespace: string): string[] {
  return Object.values(world.clusters[HUB_CLUSTER].objects)
    .filter((object) => object.kind === "Pod" && object.metadata.namespace === namespace)
    .map((object) => object.metadata.name)
    .sort();
}

export function deploymentReplicas(world: WorldState): unknown {
  return (world.clusters[HUB_CLUSTER].objects["apps/Deployment/shop/web"]?.spec as { replicas?: unknown } | undefined)?.replicas;
}

export async function headOf(session: SandboxSession, url = SHOP_REPO): Promise<string | null> {
  return (await session.view(RUNNING)).repositories.find((repository) => repository.url === url)!.head.oid;
}

export interface FakeEnvironment extends HostEnvironment {
  messages: WorkerMessage[];
  /** The saved record as the browser would hold it, or null. */
  saved: string | null;
  /** How many saves were attempted. */
  saves: number;
  /** When set, saveRecord throws this instead of saving. */
  failSaves: unknown;
  /** How many times openStorage's wipe ran. */
  wipes: number;
  storage: SandboxStorage;
  replies(): Extract<WorkerMessage, { type: "reply" }>[];
  views(): SandboxView[];
  notices(): Extract<WorkerMessage, { type: "notice" }>[];
  lastView(): SandboxView;
}

/** A host environment on memfs; `wipe` empties the volume and forgets the saved record. */
export function fakeEnvironment(): FakeEnvironment {
  const volume = new Volume();
  const fs = createFsFromVolume(volume) as unknown as GitFs;
  const storage: SandboxStorage = { fs, repoDir: (url) => `/repos/${repositoryName(url)}` };
  const env: FakeEnvironment = {
    messages: [],
    saved: null,
    saves: 0,
    failSaves: null,
    wipes: 0,
    storage,
    async openStorage() {
      return {
        storage,
        wipe: async () => {
          env.wipes++;
          volume.reset();
          env.saved = null;
        },
      };
    },
    async loadRecord() {
      return env.saved === null ? null : (JSON.parse(env.saved) as unknown);
    },
    async saveRecord(record: SessionRecord) {
      env.saves++;
      if (env.failSaves) throw env.failSaves;
      env.saved = JSON.stringify(record);
    },
    post(message) {
      env.messages.push(message);
    },
    replies: () => env.messages.filter((message): message is Extract<WorkerMessage, { type: "reply" }> => message.type === "reply"),
    views: () => env.messages.flatMap((message) => (message.type === "view" ? [message.view] : [])),
    notices: () => env.messages.filter((message): message is Extract<WorkerMessage, { type: "notice" }> => message.type === "notice"),
    lastView() {
      const views = env.views();
      if (views.length === 0) throw new Error("no view was posted");
      return views[views.length - 1];
    },
  };
  return env;
}

/**
 * Everything of a repository on the storage fs that a command can change — paths of files and
 * directories outside .git/objects, with contents — except the index's bytes, which hold the
 * fs's own timestamps (memfs reads the machine clock) and so differ between two identical runs.
 */
export async function repositorySnapshot(storage: SandboxStorage, url = SHOP_REPO): Promise<Record<string, string>> {
  const root = storage.repoDir(url);
  const snapshot: Record<string, string> = {};
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const name of ((await storage.fs.promises.readdir(dir)) as string[]).slice().sort()) {
      const relative = prefix ? `${prefix}/${name}` : name;
      if (relative === ".git/objects") continue;
      if ((await storage.fs.promises.stat(`${dir}/${name}`)).isDirectory()) {
        snapshot[`${relative}/`] = "(directory)";
        await walk(`${dir}/${name}`, relative);
      } else if (relative === ".git/index") snapshot[relative] = "(index)";
      else snapshot[relative] = new TextDecoder().decode((await storage.fs.promises.readFile(`${dir}/${name}`)) as Uint8Array);
    }
  };
  await walk(root, "");
  return snapshot;
}
