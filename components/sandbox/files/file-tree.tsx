"use client";
// The active repository's working tree: a WAI-ARIA tree (arrow keys, Home/End, type-ahead,
// Enter opens, F2 renames, Delete deletes) with git status letters, and a toolbar to create,
// rename and delete files and folders. Moving also works by dragging onto a folder.
import "./files.css";
import { useEffect, useId, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { useEditorStore } from "../editor/editor-store";
import { useWorkbench } from "../workbench-store";
import { buildFileTree, folderFor, visibleRows, type FileTreeNode, type VisibleRow } from "./build-file-tree";
import { checkCommand, exists, normalisePath, runFileCommand } from "./file-commands";
import { PathForm } from "./path-form";
import { TreeItem, type TreeItemContext } from "./tree-item";
import { treeKeyAction } from "./tree-keys";

type FormState = { mode: "new-file" | "new-folder"; folder: string } | { mode: "rename"; from: string; kind: FileTreeNode["kind"] };

const NO_REPOSITORIES: RepositoryView[] = [];
const NO_CONFLICTS: string[] = [];
const DRAG_TYPE = "application/x-reconcile-path";
const FOLDER_HINT = "Git stores files, not folders: the new folder gets an empty .gitkeep file so it can be committed.";

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const ancestorsOf = (path: string) => path.split("/").slice(0, -1).map((_, index, parts) => parts.slice(0, index + 1).join("/"));

export function FileTree() {
  const repositories = useWorkbench((state) => state.view?.repositories ?? NO_REPOSITORIES);
  const activeRepo = useWorkbench((state) => state.activeRepo);
  const repo = repositories.find((item) => item.url === activeRepo) ?? null;
  const openPath = useEditorStore((state) => {
    const tab = state.tabs.find((item) => item.key === state.activeKey);
    return tab?.kind === "file" && tab.repo === activeRepo ? tab.path : null;
  });
  const [collapsedByRepo, setCollapsedByRepo] = useState<Record<string, readonly string[]>>({});
  const [focusedPath, setFocusedPath] = useState<string | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const baseId = useId();

  const collapsed = useMemo(() => new Set(collapsedByRepo[activeRepo ?? ""] ?? []), [collapsedByRepo, activeRepo]);
  const nodes = useMemo(() => (repo ? buildFileTree(repo.files, repo.changes, repo.operation?.conflicts ?? NO_CONFLICTS) : []), [repo]);
  const rows = useMemo(() => visibleRows(nodes, collapsed), [nodes, collapsed]);
  const focusRow = rows.find((row) => row.node.path === focusedPath) ?? rows[0];
  const focusPath = focusRow?.node.path ?? null;

  // Focus follows the state once the item is rendered (a created file appears with the next view).
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    const element = treeRef.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(target)}"]`);
    if (element) {
      pendingFocus.current = null;
      element.focus();
    }
  });

  function setCollapsed(update: (current: Set<string>) => void) {
    const key = activeRepo ?? "";
    setCollapsedByRepo((state) => {
      const next = new Set(state[key] ?? []);
      update(next);
      return { ...state, [key]: [...next].sort() };
    });
  }

  function moveFocus(path: string, reveal = false) {
    if (reveal) setCollapsed((set) => ancestorsOf(path).forEach((folder) => set.delete(folder)));
    setFocusedPath(path);
    pendingFocus.current = path;
  }

  function toggle(folder: string) {
    setCollapsed((set) => (set.has(folder) ? set.delete(folder) : set.add(folder)));
  }

  function notifyError(message: string) {
    useWorkbench.getState().notify("error", message);
  }

  function activate(node: FileTreeNode) {
    if (!repo) return;
    if (node.kind === "folder") toggle(node.path);
    else if (node.deleted) notifyError(`${node.path} is deleted in the working tree. Discard the deletion in the Git panel to bring it back.`);
    else useEditorStore.getState().openFile(repo.url, node.path).catch((error: unknown) => notifyError(`Could not open ${node.path}: ${String(error instanceof Error ? error.message : error)}`));
  }

  /** Where `path` would collide with what is there: a message, or null when it is free. */
  function clash(files: readonly string[], path: string): string | null {
    const there = exists(files, path);
    if (there) return `${path} exists already${there === "folder" ? " (a folder)" : ""}. Choose another path.`;
    const file = ancestorsOf(path).find((folder) => files.includes(folder));
    return file ? `${file} is a file, so it cannot hold other files.` : null;
  }

  async function createFile(value: string): Promise<string | null> {
    if (!repo) return "No repository is open.";
    const checked = checkCommand({ type: "write-file", repo: repo.url, path: normalisePath(value), content: "" });
    if (!checked.ok) return checked.message;
    if (checked.command.type !== "write-file") return null;
    const { path } = checked.command;
    const taken = clash(repo.files, path);
    if (taken) return taken;
    const outcome = await runFileCommand(checked.command);
    if (!outcome.ok) return outcome.message;
    setForm(null);
    moveFocus(path, true);
    useEditorStore.getState().openFile(repo.url, path).catch((error: unknown) => notifyError(`Created ${path}, but could not open it: ${String(error)}`));
    return null;
  }

  async function createFolder(value: string): Promise<string | null> {
    if (!repo) return "No repository is open.";
    const folder = normalisePath(value);
    if (!folder) return "Give the folder a path.";
    const checked = checkCommand({ type: "write-file", repo: repo.url, path: `${folder}/.gitkeep`, content: "" });
    if (!checked.ok) return checked.message;
    const taken = clash(repo.files, folder);
    if (taken) return taken;
    const outcome = await runFileCommand(checked.command);
    if (!outcome.ok) return outcome.message;
    setForm(null);
    moveFocus(folder, true);
    return null;
  }

  async function move(from: string, kind: FileTreeNode["kind"], value: string): Promise<string | null> {
    if (!repo) return "No repository is open.";
    const to = normalisePath(value);
    if (to === from) return null;
    const checked = checkCommand({ type: "rename-path", repo: repo.url, from, to });
    if (!checked.ok) return checked.message;
    if (checked.command.type !== "rename-path") return null;
    const target = checked.command.to;
    if (target === from) return null;
    if (kind === "folder" && target.startsWith(`${from}/`)) return "A folder cannot move inside itself.";
    const taken = clash(repo.files, target);
    if (taken) return taken;
    const outcome = await runFileCommand(checked.command);
    if (!outcome.ok) return outcome.message;
    useEditorStore.getState().retarget(repo.url, from, target);
    moveFocus(target, true);
    return null;
  }

  async function remove(row: VisibleRow) {
    const { node } = row;
    if (!repo || node.deleted) return;
    const count = node.kind === "folder" ? repo.files.filter((file) => file.startsWith(`${node.path}/`)).length : 1;
    const question = node.kind === "folder" ? `Delete the folder ${node.path} and the ${count} ${count === 1 ? "file" : "files"} in it?` : `Delete ${node.path}?`;
    if (!window.confirm(question)) return;
    const checked = checkCommand({ type: "delete-path", repo: repo.url, path: node.path });
    if (!checked.ok) return notifyError(checked.message);
    const index = rows.indexOf(row);
    const after = rows.slice(index + 1).find((item) => !item.node.path.startsWith(`${node.path}/`)) ?? rows[index - 1];
    const outcome = await runFileCommand(checked.command);
    if (!outcome.ok) return notifyError(`Could not delete ${node.path}: ${outcome.message}`);
    if (after) moveFocus(after.node.path);
  }

  function startRename(row: VisibleRow | undefined) {
    if (!row || row.node.deleted) return;
    setFocusedPath(row.node.path);
    setForm({ mode: "rename", from: row.node.path, kind: row.node.kind });
  }

  function closeForm() {
    setForm(null);
    if (focusPath) moveFocus(focusPath);
  }

  function onTreeKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.altKey || event.ctrlKey) return;
    const index = rows.findIndex((row) => row.node.path === focusPath);
    const action = treeKeyAction(rows, index, event);
    if (!action) return;
    event.preventDefault();
    const row = rows[index];
    if (action.type === "focus") moveFocus(action.path);
    else if (action.type === "toggle") toggle(action.path);
    else if (action.type === "activate") activate(row.node);
    else if (action.type === "rename") startRename(row);
    else if (action.type === "delete") void remove(row);
  }

  const context: TreeItemContext = {
    collapsed,
    focusPath,
    openPath,
    idOf: (path) => `${baseId}-item-${encodeURIComponent(path)}`,
    onActivate: activate,
    onFocus: (path) => setFocusedPath(path),
    onDragStart(event: DragEvent, node: FileTreeNode) {
      event.dataTransfer.setData(DRAG_TYPE, node.path);
      event.dataTransfer.effectAllowed = "move";
    },
    onDrop(event: DragEvent, folder: string) {
      const from = event.dataTransfer.getData(DRAG_TYPE);
      event.preventDefault();
      event.stopPropagation();
      if (!from || !repo) return;
      const kind = repo.files.includes(from) ? "file" : "folder";
      const to = folder ? `${folder}/${baseName(from)}` : baseName(from);
      if (to === from || folder === from || folder.startsWith(`${from}/`)) return;
      void move(from, kind, to).then((message) => message && notifyError(`Could not move ${from}: ${message}`));
    },
  };

  if (!repo) {
    return <p className="sbx-files-empty">{repositories.length === 0 ? "Starting the sandbox…" : "Choose a repository."}</p>;
  }

  const canChange = focusRow !== undefined && !focusRow.node.deleted;
  return (
    <div className="sbx-files">
      <div className="sbx-files-toolbar">
        {repositories.length > 1 ? (
          <label className="sbx-files-repo">
            <span className="visually-hidden">Repository</span>
            <select
              value={repo.url}
              onChange={(event) => {
                setForm(null);
                setFocusedPath(null);
                useWorkbench.getState().setActiveRepo(event.target.value);
              }}
            >
              {repositories.map((item) => (
                <option key={item.url} value={item.url}>
                  {item.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className="sbx-files-repo-name" title={repo.url}>
            {repo.name}
          </span>
        )}
        <div className="sbx-files-actions">
          <button type="button" className="sbx-files-button" onClick={() => setForm({ mode: "new-file", folder: folderFor(focusRow) })}>
            New file
          </button>
          <button type="button" className="sbx-files-button" title={FOLDER_HINT} onClick={() => setForm({ mode: "new-folder", folder: folderFor(focusRow) })}>
            New folder
          </button>
          <button type="button" className="sbx-files-button" disabled={!canChange} aria-keyshortcuts="F2" onClick={() => startRename(focusRow)}>
            Rename
          </button>
          <button type="button" className="sbx-files-button" disabled={!canChange} aria-keyshortcuts="Delete" onClick={() => focusRow && void remove(focusRow)}>
            Delete
          </button>
        </div>
      </div>
      {form?.mode === "new-file" ? (
        <PathForm key="new-file" label="New file path" submitLabel="Create" initialValue={form.folder ? `${form.folder}/` : ""} onSubmit={createFile} onCancel={closeForm} />
      ) : form?.mode === "new-folder" ? (
        <PathForm key="new-folder" label="New folder path" submitLabel="Create" initialValue={form.folder ? `${form.folder}/` : ""} hint={FOLDER_HINT} onSubmit={createFolder} onCancel={closeForm} />
      ) : form?.mode === "rename" ? (
        <PathForm
          key={`rename-${form.from}`}
          label={`New path for ${form.from}`}
          submitLabel="Rename"
          initialValue={form.from}
          selectName
          hint={form.kind === "folder" ? "Every file in the folder moves with it." : undefined}
          onSubmit={async (value) => {
            const message = await move(form.from, form.kind, value);
            if (message === null) setForm(null);
            return message;
          }}
          onCancel={closeForm}
        />
      ) : null}
      {rows.length === 0 ? (
        <p className="sbx-files-empty">No files yet: create one with New file.</p>
      ) : (
        <ul
          ref={treeRef}
          role="tree"
          aria-label={`Files in ${repo.name}`}
          className="sbx-files-tree"
          onKeyDown={onTreeKeyDown}
          onDragOver={(event) => {
            if (event.dataTransfer.types.includes(DRAG_TYPE)) event.preventDefault();
          }}
          onDrop={(event) => context.onDrop(event, "")}
        >
          {nodes.map((node, index) => (
            <TreeItem key={node.path} node={node} depth={1} position={{ index, size: nodes.length }} context={context} />
          ))}
        </ul>
      )}
    </div>
  );
}
