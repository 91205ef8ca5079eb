"use client";
// The sandbox workbench: files and git on the left, the editor with the terminal, timeline and
// problems below it in the middle, the cluster on the right. Every panel can be resized (drag or
// arrow keys on the dividers) and collapsed. Loaded only when a learner opens a sandbox.
import { useEffect, useRef, useState } from "react";
import { ClusterPanel } from "./cluster/cluster-panel";
import { EditorPanel } from "./editor/editor-panel";
import { useEditorStore } from "./editor/editor-store";
import { ProblemsList } from "./editor/problems-list";
import { FileTree } from "./files/file-tree";
import { GitPanel } from "./git/git-panel";
import { usePanelLayout } from "./layout/panel-layout";
import { PanelSection } from "./layout/panel-section";
import { Splitter } from "./layout/splitter";
import { NoticeList } from "./notice-list";
import { SharedStatePrompt, readShareToken } from "./shared-state-prompt";
import { releaseSandbox, startSandbox, takePrestartedSandbox } from "./start-sandbox";
import { TerminalPanel } from "./terminal/terminal-panel";
import { TimelinePanel } from "./timeline/timeline-panel";
import { useWorkbench } from "./workbench-store";
import "./workbench.css";

export interface WorkbenchProps {
  scenario: string;
  /** The file to open first, when the learner has nothing open. */
  openFile?: { repo: string; path: string };
  /** Inside a lesson: a fixed height and a link to the full-screen page. */
  embedded?: boolean;
}

type BottomTab = "terminal" | "timeline" | "problems";

export function Workbench({ scenario, openFile, embedded = false }: WorkbenchProps) {
  const status = useWorkbench((state) => state.status);
  const view = useWorkbench((state) => state.view);
  const { layout, resize, toggle } = usePanelLayout();
  const [bottomTab, setBottomTab] = useState<BottomTab>("terminal");
  const [shared, setShared] = useState<string | null | undefined>(undefined);
  const openedFirstFile = useRef(false);

  useEffect(() => {
    // The share token lives in the fragment, which only the browser sees.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShared(readShareToken());
  }, []);

  useEffect(() => {
    if (shared === undefined || shared) return;
    const client = takePrestartedSandbox(scenario) ?? startSandbox(scenario);
    return () => {
      client.dispose();
      releaseSandbox();
      // Every scenario uses the same repository URLs: tabs must not leak into the next one.
      useEditorStore.getState().reset();
      useWorkbench.setState({ transport: null, status: "idle", view: null });
    };
  }, [scenario, shared]);

  useEffect(() => {
    if (!view) return;
    const store = useWorkbench.getState();
    if (!store.activeRepo || !view.repositories.some((repo) => repo.url === store.activeRepo)) store.setActiveRepo(view.repositories[0]?.url ?? "");
    useEditorStore.getState().syncFromView(view);
    const first = openFile ?? view.scenario.openFile;
    if (!openedFirstFile.current && first && useEditorStore.getState().tabs.length === 0) {
      openedFirstFile.current = true;
      useEditorStore
        .getState()
        .openFile(first.repo, first.path)
        .catch((error: Error) => useWorkbench.getState().notify("error", `Could not open ${first.path}: ${error.message}`));
    }
  }, [view, openFile]);

  if (shared) {
    return <SharedStatePrompt scenario={scenario} token={shared} onDone={() => setShared(null)} />;
  }

  const problems = view?.problems.length ?? 0;
  const leftCollapsed = layout.collapsed.files && layout.collapsed.git;
  return (
    <div className={`sbx-workbench ${embedded ? "sbx-embedded" : "sbx-fullscreen"}`} aria-busy={status !== "ready"}>
      <div className="sbx-topbar">
        <p className="sbx-scenario">
          <strong>{view?.scenario.title ?? "Sandbox"}</strong>
          {view ? <span className="sbx-scenario-summary"> — {view.scenario.summary}</span> : null}
        </p>
        <p className="sbx-status" role="status">
          {status === "loading" ? "Starting the sandbox…" : status === "restarting" ? "Restarting the sandbox…" : status === "failed" ? "The sandbox is not running." : ""}
        </p>
        {embedded ? (
          <a className="sbx-fullscreen-link" href={`/sandbox/${scenario}`}>
            Open full screen
          </a>
        ) : null}
      </div>
      <NoticeList />
      <div className="sbx-columns" style={{ gridTemplateColumns: columns(layout, leftCollapsed) }}>
        <div className="sbx-column sbx-left" style={{ gridTemplateRows: rows(layout.files, layout.collapsed.files, layout.collapsed.git) }}>
          <PanelSection id="files" title="Files" collapsed={layout.collapsed.files} onToggle={() => toggle("files")}>
            <FileTree />
          </PanelSection>
          {!layout.collapsed.files && !layout.collapsed.git ? (
            <Splitter orientation="horizontal" label="Resize files and git" value={layout.files} min={15} max={85} onChange={(value) => resize("files", value)} />
          ) : (
            <span />
          )}
          <PanelSection id="git" title="Git" collapsed={layout.collapsed.git} onToggle={() => toggle("git")}>
            <GitPanel />
          </PanelSection>
        </div>
        {leftCollapsed ? <span /> : <Splitter orientation="vertical" label="Resize the left column" value={layout.left} min={10} max={50} onChange={(value) => resize("left", value)} />}
        <div className="sbx-column sbx-centre" style={{ gridTemplateRows: centreRows(layout) }}>
          <PanelSection id="editor" title="Editor" collapsed={layout.collapsed.editor} onToggle={() => toggle("editor")}>
            <EditorPanel />
          </PanelSection>
          {!layout.collapsed.editor && !layout.collapsed.bottom ? (
            <Splitter orientation="horizontal" label="Resize the editor and the terminal" value={layout.bottom} min={15} max={80} measures="after" onChange={(value) => resize("bottom", value)} />
          ) : (
            <span />
          )}
          <PanelSection
            id="bottom"
            title={bottomTab === "terminal" ? "Terminal" : bottomTab === "timeline" ? "Timeline" : "Problems"}
            collapsed={layout.collapsed.bottom}
            onToggle={() => toggle("bottom")}
            actions={<BottomTabs value={bottomTab} onChange={setBottomTab} problems={problems} />}
          >
            <div id="sbx-bottom-terminal" role="tabpanel" aria-labelledby="sbx-tab-terminal" hidden={bottomTab !== "terminal"} className="sbx-tabpanel">
              <TerminalPanel />
            </div>
            <div id="sbx-bottom-timeline" role="tabpanel" aria-labelledby="sbx-tab-timeline" hidden={bottomTab !== "timeline"} className="sbx-tabpanel">
              <TimelinePanel />
            </div>
            <div id="sbx-bottom-problems" role="tabpanel" aria-labelledby="sbx-tab-problems" hidden={bottomTab !== "problems"} className="sbx-tabpanel">
              <ProblemsList />
            </div>
          </PanelSection>
        </div>
        {layout.collapsed.cluster ? <span /> : <Splitter orientation="vertical" label="Resize the cluster panel" value={layout.right} min={15} max={60} measures="after" onChange={(value) => resize("right", value)} />}
        <div className="sbx-column sbx-right">
          <PanelSection id="cluster" title="Cluster" collapsed={layout.collapsed.cluster} onToggle={() => toggle("cluster")}>
            <ClusterPanel />
          </PanelSection>
        </div>
      </div>
    </div>
  );
}

function columns(layout: ReturnType<typeof usePanelLayout>["layout"], leftCollapsed: boolean): string {
  const left = leftCollapsed ? "minmax(9rem, auto)" : `minmax(12rem, ${layout.left}%)`;
  const right = layout.collapsed.cluster ? "minmax(9rem, auto)" : `minmax(16rem, ${layout.right}%)`;
  return `${left} 6px minmax(0, 1fr) 6px ${right}`;
}

function rows(filesPercent: number, filesCollapsed: boolean, gitCollapsed: boolean): string {
  if (filesCollapsed && gitCollapsed) return "auto 0 auto";
  if (filesCollapsed) return "auto 0 minmax(0, 1fr)";
  if (gitCollapsed) return "minmax(0, 1fr) 0 auto";
  return `minmax(0, ${filesPercent}fr) 6px minmax(0, ${100 - filesPercent}fr)`;
}

function centreRows(layout: ReturnType<typeof usePanelLayout>["layout"]): string {
  const { editor, bottom } = layout.collapsed;
  if (editor && bottom) return "auto 0 auto";
  if (editor) return "auto 0 minmax(0, 1fr)";
  if (bottom) return "minmax(0, 1fr) 0 auto";
  return `minmax(0, ${100 - layout.bottom}fr) 6px minmax(0, ${layout.bottom}fr)`;
}

function BottomTabs({ value, onChange, problems }: { value: BottomTab; onChange(tab: BottomTab): void; problems: number }) {
  const tabs: { id: BottomTab; label: string }[] = [
    { id: "terminal", label: "Terminal" },
    { id: "timeline", label: "Timeline" },
    { id: "problems", label: problems > 0 ? `Problems (${problems})` : "Problems" },
  ];
  function onKeyDown(event: React.KeyboardEvent<HTMLButtonElement>, index: number) {
    const delta = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = tabs[(index + delta + tabs.length) % tabs.length];
    onChange(next.id);
    document.getElementById(`sbx-tab-${next.id}`)?.focus();
  }
  return (
    <div role="tablist" aria-label="Bottom panel" className="sbx-tabs">
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          id={`sbx-tab-${tab.id}`}
          type="button"
          role="tab"
          aria-selected={value === tab.id}
          aria-controls={`sbx-bottom-${tab.id}`}
          tabIndex={value === tab.id ? 0 : -1}
          className="sbx-tab"
          onClick={() => onChange(tab.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
