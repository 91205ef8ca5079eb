"use client";
// The editor's open tabs and their unsaved text. Other panels open files and live objects through
// it (the git panel, problems, "Why OutOfSync?", `kubectl edit` in the terminal); the editor panel
// only draws it. A buffer is dirty while its content differs from what was last read or saved.
import { create } from "zustand";
import type { ObjectId } from "@/lib/sandbox/commands";
import type { SandboxView } from "@/lib/sandbox/view-schema";
import { useWorkbench } from "../workbench-store";
import { formatYaml, isYamlPath } from "./format-yaml";

export type EditorTab =
  | { key: string; kind: "file"; repo: string; path: string; title: string }
  | { key: string; kind: "live"; cluster: string; object: ObjectId; title: string };

export interface EditorBuffer {
  content: string;
  saved: string;
}

export interface EditorReveal {
  key: string;
  line: number;
  column: number;
  /** Changes on every request, so revealing the same place twice works. */
  nonce: number;
}

export interface EditorState {
  tabs: EditorTab[];
  activeKey: string | null;
  buffers: Record<string, EditorBuffer>;
  reveal: EditorReveal | null;
  /** Saves in flight, by tab key. */
  saving: Record<string, boolean>;

  /** Opens (or switches to) a working-tree file; rejects when it cannot be read. */
  openFile(repo: string, path: string, reveal?: { line: number; column?: number }): Promise<void>;
  /** `kubectl edit`: a tab "live: deployment/web" whose save applies to the cluster. */
  openLive(cluster: string, object: ObjectId, yaml: string): void;
  activate(key: string): void;
  /** Asks before discarding unsaved changes; returns whether the tab was closed. */
  closeTab(key: string): boolean;
  setContent(key: string, content: string): void;
  /** Formats YAML, then writes the file (or edits the live object); failures leave it dirty. */
  save(key: string): Promise<void>;
  /** After the working tree changed underneath: reload clean buffers, close vanished files. */
  syncFromView(view: SandboxView): void;
  /** After a rename or move: tabs under `from` follow to `to`, unsaved text included. */
  retarget(repo: string, from: string, to: string): void;
  /** Closes everything without asking: another scenario is opening. */
  reset(): void;
}

/** Example: `fileTabKey("https://git.example/shop.git", "apps/web/deployment.yaml")` */
export function fileTabKey(repo: string, path: string): string {
  return `file\n${repo}\n${path}`;
}

export function liveTabKey(cluster: string, object: ObjectId): string {
  return `live\n${cluster}\n${object.group}\n${object.kind}\n${object.namespace ?? ""}\n${object.name}`;
}

export function isDirty(buffer: EditorBuffer | undefined): boolean {
  return buffer !== undefined && buffer.content !== buffer.saved;
}

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const isUnder = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

let nextNonce = 1;
// Per repository: what the working tree looked like when open files were last read, so a view
// that changed nothing there (a clock tick, a sync) does not re-read them.
const treeFingerprints = new Map<string, string>();
// Dirty tabs whose file vanished: told once, not on every view.
const orphansTold = new Set<string>();
const pendingOpens = new Map<string, Promise<void>>();

function fingerprint(repo: SandboxView["repositories"][number], logLength: number): string {
  return JSON.stringify([repo.head, repo.operation, repo.changes, repo.files.length, logLength]);
}

async function readFile(repo: string, path: string): Promise<string | null> {
  const reply = await useWorkbench.getState().request({ type: "read-file", repo, path });
  if (reply.kind !== "file") throw new Error("The sandbox answered something unexpected.");
  return reply.content;
}

export const useEditorStore = create<EditorState>()((set, get) => {
  function revealAt(key: string, position?: { line: number; column?: number }) {
    if (!position) return;
    set({ reveal: { key, line: Math.max(1, position.line), column: Math.max(1, position.column ?? 1), nonce: nextNonce++ } });
  }

  function removeTab(key: string) {
    set((state) => {
      const index = state.tabs.findIndex((tab) => tab.key === key);
      if (index === -1) return state;
      const tabs = state.tabs.filter((tab) => tab.key !== key);
      const { [key]: _closed, ...buffers } = state.buffers;
      const activeKey = state.activeKey === key ? (tabs[index] ?? tabs[index - 1] ?? null)?.key ?? null : state.activeKey;
      return { tabs, buffers, activeKey, reveal: state.reveal?.key === key ? null : state.reveal };
    });
    orphansTold.delete(key);
  }

  async function reload(tab: Extract<EditorTab, { kind: "file" }>) {
    const before = get().buffers[tab.key];
    if (!before || isDirty(before)) return;
    let content: string | null;
    try {
      content = await readFile(tab.repo, tab.path);
    } catch {
      return; // The next view tries again; the tab keeps what it shows.
    }
    const now = get().buffers[tab.key];
    // Typing since the read started wins over the reloaded text.
    if (content === null || !now || isDirty(now) || now.content === content) return;
    set((state) => ({ buffers: { ...state.buffers, [tab.key]: { content, saved: content } } }));
  }

  return {
    tabs: [],
    activeKey: null,
    buffers: {},
    reveal: null,
    saving: {},

    async openFile(repo, path, reveal) {
      const key = fileTabKey(repo, path);
      if (!get().tabs.some((tab) => tab.key === key)) {
        let pending = pendingOpens.get(key);
        if (!pending) {
          pending = (async () => {
            const content = await readFile(repo, path);
            if (content === null) throw new Error(`${path} is not in the working tree.`);
            if (get().tabs.some((tab) => tab.key === key)) return;
            const tab: EditorTab = { key, kind: "file", repo, path, title: baseName(path) };
            set((state) => ({ tabs: [...state.tabs, tab], buffers: { ...state.buffers, [key]: { content, saved: content } } }));
          })().finally(() => pendingOpens.delete(key));
          pendingOpens.set(key, pending);
        }
        await pending;
      }
      set({ activeKey: key });
      revealAt(key, reveal);
    },

    openLive(cluster, object, yaml) {
      const key = liveTabKey(cluster, object);
      const existing = get().tabs.find((tab) => tab.key === key);
      const buffer = get().buffers[key];
      if (existing && isDirty(buffer)) {
        // Unsaved edits of the same live version stay; a newer version replaces them only if asked.
        const replace = buffer.saved !== yaml && window.confirm(`${existing.title} has unsaved changes. Replace them with the object as it is live now?`);
        if (!replace) {
          set({ activeKey: key });
          return;
        }
      }
      const title = `live: ${object.kind.toLowerCase()}/${object.name}`;
      const tab: EditorTab = { key, kind: "live", cluster, object, title };
      set((state) => ({
        tabs: existing ? state.tabs : [...state.tabs, tab],
        buffers: { ...state.buffers, [key]: { content: yaml, saved: yaml } },
        activeKey: key,
      }));
    },

    activate(key) {
      if (get().tabs.some((tab) => tab.key === key)) set({ activeKey: key });
    },

    closeTab(key) {
      const tab = get().tabs.find((item) => item.key === key);
      if (!tab) return false;
      if (isDirty(get().buffers[key]) && !window.confirm(`${tab.title} has unsaved changes. Close it and lose them?`)) return false;
      removeTab(key);
      return true;
    },

    setContent(key, content) {
      const buffer = get().buffers[key];
      if (!buffer || buffer.content === content) return;
      set((state) => ({ buffers: { ...state.buffers, [key]: { ...buffer, content } } }));
    },

    async save(key) {
      const tab = get().tabs.find((item) => item.key === key);
      const buffer = get().buffers[key];
      if (!tab || !buffer || get().saving[key]) return;
      const typed = buffer.content;
      const text = tab.kind === "live" || isYamlPath(tab.path) ? formatYaml(typed) : typed;
      if (!isDirty(buffer) && text === typed) return; // Nothing to write.
      const { run, notify } = useWorkbench.getState();
      set((state) => ({ saving: { ...state.saving, [key]: true } }));
      try {
        const result =
          tab.kind === "file"
            ? await run({ type: "write-file", repo: tab.repo, path: tab.path, content: text })
            : await run({ type: "edit-live", cluster: tab.cluster, object: tab.object, yaml: text });
        if (!result.ok) {
          notify("error", result.message ?? `Could not save ${tab.title}.`);
          return;
        }
        if (tab.kind === "live" && result.message) notify("info", result.message);
        set((state) => {
          const current = state.buffers[key];
          if (!current) return state;
          // Keep anything typed while saving; otherwise show the formatted text.
          const content = current.content === typed ? text : current.content;
          return { buffers: { ...state.buffers, [key]: { content, saved: text } } };
        });
      } catch (error) {
        notify("error", `Could not save ${tab.title}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        set((state) => {
          const { [key]: _done, ...saving } = state.saving;
          return { saving };
        });
      }
    },

    syncFromView(view) {
      const { notify } = useWorkbench.getState();
      for (const tab of get().tabs) {
        if (tab.kind !== "file") continue;
        const repo = view.repositories.find((item) => item.url === tab.repo);
        if (repo && repo.files.includes(tab.path)) {
          orphansTold.delete(tab.key);
          continue;
        }
        if (!isDirty(get().buffers[tab.key])) {
          removeTab(tab.key);
        } else if (!orphansTold.has(tab.key)) {
          orphansTold.add(tab.key);
          notify("info", `${tab.path} is no longer in the working tree. Your unsaved edits are still open: save to write the file again, or close the tab.`);
        }
      }
      for (const repo of view.repositories) {
        const print = fingerprint(repo, view.logLength);
        if (treeFingerprints.get(repo.url) === print) continue;
        treeFingerprints.set(repo.url, print);
        for (const tab of get().tabs) {
          if (tab.kind === "file" && tab.repo === repo.url && repo.files.includes(tab.path)) void reload(tab);
        }
      }
    },

    retarget(repo, from, to) {
      set((state) => {
        const renamed = new Map<string, EditorTab>();
        const tabs = state.tabs.map((tab) => {
          if (tab.kind !== "file" || tab.repo !== repo || !isUnder(tab.path, from)) return tab;
          const path = `${to}${tab.path.slice(from.length)}`;
          const next: EditorTab = { ...tab, key: fileTabKey(repo, path), path, title: baseName(path) };
          renamed.set(tab.key, next);
          return next;
        });
        if (renamed.size === 0) return state;
        const buffers = Object.fromEntries(Object.entries(state.buffers).map(([key, buffer]) => [renamed.get(key)?.key ?? key, buffer]));
        const activeKey = state.activeKey ? (renamed.get(state.activeKey)?.key ?? state.activeKey) : null;
        return { tabs, buffers, activeKey, reveal: null };
      });
    },

    reset() {
      treeFingerprints.clear();
      orphansTold.clear();
      set({ tabs: [], activeKey: null, buffers: {}, reveal: null, saving: {} });
    },
  };
});
