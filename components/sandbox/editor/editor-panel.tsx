"use client";
// The editor panel: a tab per open file or live object, a toolbar (save, close, what the keys
// do) and Monaco, loaded offline on first use. Tabs follow the WAI-ARIA tabs pattern: arrow keys,
// Home and End move between them, Delete closes one.
import "./editor.css";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { useWorkbench } from "../workbench-store";
import { isDirty, useEditorStore, type EditorTab } from "./editor-store";
import { loadMonaco, type MonacoApi } from "./monaco-setup";
import { MonacoView } from "./monaco-view";
import { disposeClosedModels, syncModelTexts, watchProblemMarkers } from "./sync-models";

export function EditorPanel() {
  const tabs = useEditorStore((state) => state.tabs);
  const activeKey = useEditorStore((state) => state.activeKey);
  const buffers = useEditorStore((state) => state.buffers);
  const view = useWorkbench((state) => state.view);
  const [monaco, setMonaco] = useState<MonacoApi | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const baseId = useId();
  const active = tabs.find((tab) => tab.key === activeKey) ?? null;
  const hasTabs = tabs.length > 0;

  // Monaco starts loading as soon as the panel mounts, alongside the worker's start-up, rather
  // than after the first file opens: it is the largest part of opening a sandbox.
  useEffect(() => {
    if (monaco) return;
    let current = true;
    loadMonaco().then(
      (api) => current && setMonaco(api),
      (error: unknown) => current && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [monaco, attempt]);

  useEffect(() => {
    if (!monaco) return;
    syncModelTexts(monaco, view, tabs, buffers);
  }, [monaco, view, tabs, buffers]);

  useEffect(() => {
    if (!monaco) return;
    disposeClosedModels(monaco, view, tabs);
    const watcher = watchProblemMarkers(monaco, view, tabs);
    return () => watcher.dispose();
  }, [monaco, view, tabs]);

  const anyDirty = tabs.some((tab) => isDirty(buffers[tab.key]));
  useEffect(() => {
    if (!anyDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [anyDirty]);

  function onPanelKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Ctrl/Cmd+S also works from the tab strip and toolbar (Monaco handles it inside the editor).
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s" && activeKey) {
      event.preventDefault();
      void useEditorStore.getState().save(activeKey);
    }
  }

  const tabId = (index: number) => `${baseId}-tab-${index}`;
  const panelId = `${baseId}-panel`;
  const activeIndex = active ? tabs.indexOf(active) : -1;

  return (
    <div className="sbx-editor" onKeyDown={onPanelKeyDown}>
      {hasTabs ? <TabStrip tabs={tabs} activeKey={activeKey} tabId={tabId} panelId={panelId} /> : null}
      {active ? (
        <div className="sbx-editor-body" role="tabpanel" id={panelId} aria-labelledby={tabId(activeIndex)}>
          <EditorToolbar tab={active} />
          <div className="sbx-editor-surface">
            {monaco ? (
              <MonacoView monaco={monaco} view={view} tab={active} initialText={buffers[active.key]?.content ?? ""} />
            ) : loadError ? (
              <div className="sbx-editor-status" role="alert">
                <p>The editor could not load: {loadError}</p>
                <button
                  type="button"
                  className="sbx-editor-button"
                  onClick={() => {
                    setLoadError(null);
                    setAttempt((value) => value + 1);
                  }}
                >
                  Try again
                </button>
              </div>
            ) : (
              <p className="sbx-editor-status" role="status">
                Loading the editor…
              </p>
            )}
          </div>
        </div>
      ) : (
        <div className="sbx-editor-empty">
          <p>Open a file from the tree.</p>
          <p className="sbx-editor-muted">Files you open appear here as tabs. Changes are saved to the working tree; commit them in the Git panel.</p>
        </div>
      )}
    </div>
  );
}

interface TabStripProps {
  tabs: EditorTab[];
  activeKey: string | null;
  tabId(index: number): string;
  panelId: string;
}

function TabStrip({ tabs, activeKey, tabId, panelId }: TabStripProps) {
  const buffers = useEditorStore((state) => state.buffers);
  const { activate, closeTab } = useEditorStore.getState();

  function focusTab(index: number) {
    const tab = tabs[index];
    if (!tab) return;
    activate(tab.key);
    // After React re-renders the roving tabindex.
    requestAnimationFrame(() => document.getElementById(tabId(index))?.focus());
  }

  function close(index: number) {
    const tab = tabs[index];
    if (!tab || !closeTab(tab.key)) return;
    const next = Math.min(index, tabs.length - 2);
    if (next >= 0) requestAnimationFrame(() => document.getElementById(tabId(next))?.focus());
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number) {
    const last = tabs.length - 1;
    const target =
      event.key === "ArrowRight" ? (index === last ? 0 : index + 1)
      : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (target !== null) {
      event.preventDefault();
      focusTab(target);
    } else if (event.key === "Delete") {
      event.preventDefault();
      close(index);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      activate(tabs[index].key);
    }
  }

  return (
    <div className="sbx-editor-tabs" role="tablist" aria-label="Open files">
      {tabs.map((tab, index) => {
        const selected = tab.key === activeKey;
        const dirty = isDirty(buffers[tab.key]);
        return (
          <div
            key={tab.key}
            id={tabId(index)}
            role="tab"
            aria-selected={selected}
            aria-controls={selected ? panelId : undefined}
            aria-keyshortcuts="Delete"
            tabIndex={selected || (!activeKey && index === 0) ? 0 : -1}
            className={`sbx-editor-tab${selected ? " sbx-editor-tab-active" : ""}${tab.kind === "live" ? " sbx-editor-tab-live" : ""}`}
            title={tab.kind === "file" ? tab.path : `${tab.cluster}: ${tab.object.namespace ? `${tab.object.namespace}/` : ""}${tab.object.name}`}
            onClick={() => activate(tab.key)}
            onAuxClick={(event) => {
              if (event.button === 1) close(index);
            }}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span className="sbx-editor-tab-title">{tab.title}</span>
            {dirty ? (
              <span className="sbx-editor-tab-dirty">
                <span aria-hidden="true">●</span>
                <span className="visually-hidden">, unsaved changes</span>
              </span>
            ) : null}
            {/* For the mouse; keyboard and screen-reader users close with Delete or the toolbar's
                Close button (a real button inside role="tab" would be nested interactive content). */}
            <span
              aria-hidden="true"
              className="sbx-editor-tab-close"
              title="Close (Delete)"
              onClick={(event) => {
                event.stopPropagation();
                close(index);
              }}
            >
              ×
            </span>
          </div>
        );
      })}
    </div>
  );
}

function EditorToolbar({ tab }: { tab: EditorTab }) {
  const buffer = useEditorStore((state) => state.buffers[tab.key]);
  const saving = useEditorStore((state) => state.saving[tab.key] === true);
  const { save, closeTab } = useEditorStore.getState();
  const dirty = isDirty(buffer);
  const where = tab.kind === "file" ? tab.path : `${tab.title} in ${tab.cluster}`;
  const state = saving ? "Saving…" : dirty ? "Unsaved changes" : tab.kind === "live" ? "As live" : "Saved";

  return (
    <div className="sbx-editor-toolbar">
      <span className="sbx-editor-path" title={where}>
        {where}
      </span>
      <span className={`sbx-editor-state${dirty ? " sbx-editor-state-dirty" : ""}`} role="status">
        {state}
      </span>
      <button type="button" className="sbx-editor-button" onClick={() => void save(tab.key)} disabled={!dirty || saving}>
        {tab.kind === "live" ? "Apply" : "Save"}
      </button>
      <button type="button" className="sbx-editor-button" onClick={() => closeTab(tab.key)} aria-label={`Close ${tab.title}`}>
        Close
      </button>
      <p className="sbx-editor-hint">
        <kbd>Ctrl</kbd>+<kbd>S</kbd> saves{tab.kind === "file" && /\.ya?ml$/i.test(tab.path) ? " and formats" : ""}. Tab indents: press <kbd>Ctrl</kbd>+<kbd>M</kbd> (macOS{" "}
        <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd>) to make Tab move focus out of the editor.
      </p>
    </div>
  );
}
