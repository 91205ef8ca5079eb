// The sandbox's Web Worker: the simulation core runs here so the page never waits on it. It
// wires the host (lib/sandbox/sandbox-host.ts) to lightning-fs storage and a one-second timer.
import "./buffer-polyfill";
import { SandboxHost } from "@/lib/sandbox/sandbox-host";
import type { WorkerMessage } from "@/lib/sandbox/protocol";
import { LightningStorage } from "./lightning-storage";

const scope = self as unknown as { postMessage(message: WorkerMessage): void; onmessage: ((event: MessageEvent) => void) | null };
let storage: LightningStorage | null = null;

const host = new SandboxHost({
  async openStorage(scenario) {
    storage = new LightningStorage(scenario);
    const opened = storage;
    return { storage: opened.storage(), wipe: () => opened.wipe() };
  },
  loadRecord: async () => (storage ? storage.load() : null),
  async saveRecord(record) {
    if (storage) await storage.save(record);
  },
  post(message) {
    scope.postMessage(message);
  },
});

scope.onmessage = (event: MessageEvent) => {
  void host.receive(event.data);
};

// A tick that takes longer than a second (×60 on a big scenario) is not stacked up behind.
let ticking = false;
setInterval(() => {
  if (ticking) return;
  ticking = true;
  host
    .tick()
    .catch((error: unknown) => {
      scope.postMessage({ type: "notice", level: "error", message: `The simulation stopped: ${(error as Error).message}` });
    })
    .finally(() => {
      ticking = false;
    });
}, 1000);
