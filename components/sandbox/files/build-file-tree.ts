// The working tree as nested folders, with each path's git status: M (modified), A (added, not
// in the last commit), D (deleted, shown so it can be found and restored) and C (in conflict).
import type { RepositoryView } from "@/lib/sandbox/view-schema";

export type FileStatus = "M" | "A" | "D" | "C";

export interface FileTreeNode {
  path: string;
  name: string;
  kind: "folder" | "file";
  status?: FileStatus;
  /** Only in the last commit: it cannot be opened, renamed or deleted. */
  deleted?: boolean;
  /** A folder holding changed files. */
  changedInside?: boolean;
  children: FileTreeNode[];
}

export const STATUS_TEXT: Record<FileStatus, string> = {
  M: "modified since the last commit",
  A: "added: not in the last commit yet",
  D: "deleted: still in the last commit",
  C: "merge conflict: resolve the markers, then stage it",
};

const byName = (a: FileTreeNode, b: FileTreeNode) =>
  a.kind !== b.kind ? (a.kind === "folder" ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/**
 * Example: `buildFileTree(["apps/web/a.yaml"], [], [])` → one folder "apps" holding "web" holding "a.yaml".
 */
export function buildFileTree(files: readonly string[], changes: RepositoryView["changes"], conflicts: readonly string[]): FileTreeNode[] {
  const present = new Set(files);
  const status = new Map<string, FileStatus>();
  for (const change of changes) status.set(change.path, !present.has(change.path) ? "D" : change.inHead ? "M" : "A");
  for (const path of conflicts) status.set(path, "C");
  const deleted = [...status].filter(([path, value]) => value === "D" && !present.has(path)).map(([path]) => path);

  const root: FileTreeNode = { path: "", name: "", kind: "folder", children: [] };
  const folders = new Map<string, FileTreeNode>([["", root]]);
  const folderOf = (path: string): FileTreeNode => {
    const existing = folders.get(path);
    if (existing) return existing;
    const slash = path.lastIndexOf("/");
    const parent = folderOf(slash === -1 ? "" : path.slice(0, slash));
    const folder: FileTreeNode = { path, name: path.slice(slash + 1), kind: "folder", children: [] };
    parent.children.push(folder);
    folders.set(path, folder);
    return folder;
  };
  for (const path of [...files, ...deleted]) {
    const slash = path.lastIndexOf("/");
    const parent = folderOf(slash === -1 ? "" : path.slice(0, slash));
    const fileStatus = status.get(path);
    parent.children.push({ path, name: path.slice(slash + 1), kind: "file", children: [], ...(fileStatus ? { status: fileStatus } : {}), ...(present.has(path) ? {} : { deleted: true }) });
    if (fileStatus) {
      for (let folder = parent; folder !== root; folder = folders.get(folder.path.slice(0, Math.max(0, folder.path.lastIndexOf("/")))) ?? root) {
        folder.changedInside = true;
      }
    }
  }
  const sort = (node: FileTreeNode): FileTreeNode => ({ ...node, children: node.children.map(sort).sort(byName) });
  return sort(root).children;
}

export interface VisibleRow {
  node: FileTreeNode;
  depth: number;
  parent: string | null;
  expanded: boolean;
}

/** The rows a reader can reach with the arrow keys: children of collapsed folders are skipped. */
export function visibleRows(nodes: readonly FileTreeNode[], collapsed: ReadonlySet<string>, depth = 1, parent: string | null = null): VisibleRow[] {
  return nodes.flatMap((node) => {
    const expanded = node.kind === "folder" && !collapsed.has(node.path);
    const row: VisibleRow = { node, depth, parent, expanded };
    return expanded ? [row, ...visibleRows(node.children, collapsed, depth + 1, node.path)] : [row];
  });
}

/** The folder a new file goes in: the focused folder, or the focused file's folder. */
export function folderFor(row: VisibleRow | undefined): string {
  if (!row) return "";
  if (row.node.kind === "folder") return row.node.path;
  return row.parent ?? "";
}
