// The resource tree as the rows a keyboard walks through: depth-first, children after their
// parent, collapsed subtrees left out. Pure, so the WAI-ARIA tree behaviour is unit-tested
// without a DOM.
import type { ObjectId } from "@/lib/sandbox/commands";
import type { TreeNode } from "@/lib/sandbox/view-schema";

export interface TreeRow {
  /** Unique in the tree (the path of node ids), stable while the nodes keep their ids. */
  key: string;
  node: TreeNode;
  /** 1 for a root, as aria-level counts. */
  level: number;
  parentKey: string | null;
  expandable: boolean;
  expanded: boolean;
  setSize: number;
  posInSet: number;
}

export interface Selection {
  cluster: string;
  object: ObjectId;
}

// A separator no Kubernetes name or id contains, so two paths never join into the same key.
const SEPARATOR = "\u001f";

function childKeys(parentKey: string | null, nodes: readonly TreeNode[]): string[] {
  const seen = new Map<string, number>();
  return nodes.map((node) => {
    const count = seen.get(node.id) ?? 0;
    seen.set(node.id, count + 1);
    // Two siblings with the same id would collide as React keys; number the repeats.
    const id = count === 0 ? node.id : `${node.id}#${count}`;
    return parentKey === null ? id : `${parentKey}${SEPARATOR}${id}`;
  });
}

/**
 * The visible rows, depth-first. Nodes are expanded unless their key is in `collapsed`, so new
 * nodes arriving with a later view appear open, as in Argo CD.
 * @example visibleRows([app], new Set()).map((row) => row.level) // [1, 2, 3]
 */
export function visibleRows(roots: readonly TreeNode[], collapsed: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (nodes: readonly TreeNode[], parentKey: string | null, level: number) => {
    const keys = childKeys(parentKey, nodes);
    nodes.forEach((node, index) => {
      const key = keys[index];
      const expandable = node.children.length > 0;
      const expanded = expandable && !collapsed.has(key);
      rows.push({ key, node, level, parentKey, expandable, expanded, setSize: nodes.length, posInSet: index + 1 });
      if (expanded) walk(node.children, key, level + 1);
    });
  };
  walk(roots, null, 1);
  return rows;
}

/** Keeps the nodes of one cluster (with their children of that cluster); returns new arrays. */
export function filterTreeByCluster(nodes: readonly TreeNode[], cluster: string): TreeNode[] {
  return nodes.filter((node) => node.cluster === cluster).map((node) => ({ ...node, children: filterTreeByCluster(node.children, cluster) }));
}

export function sameObject(a: ObjectId, b: ObjectId): boolean {
  return a.group === b.group && a.kind === b.kind && (a.namespace ?? "") === (b.namespace ?? "") && a.name === b.name;
}

export function isSelected(node: TreeNode, selection: Selection | null): boolean {
  return selection !== null && node.cluster === selection.cluster && sameObject(node.object, selection.object);
}

/** The first node (depth-first) showing the selected object, or null. */
export function findNode(roots: readonly TreeNode[], selection: Selection | null): TreeNode | null {
  if (!selection) return null;
  for (const node of roots) {
    if (isSelected(node, selection)) return node;
    const found = findNode(node.children, selection);
    if (found) return found;
  }
  return null;
}

/** What a key press does in the tree (WAI-ARIA Authoring Practices, tree view pattern). */
export type TreeKeyAction =
  | { type: "focus"; key: string }
  | { type: "expand"; key: string }
  | { type: "collapse"; key: string }
  | { type: "select"; key: string };

/**
 * Down/Up move; Right expands a closed node or enters an open one; Left collapses an open node
 * or goes to the parent; Home/End jump; Enter/Space select; a printable character moves to the
 * next node whose name starts with it. Returns null for keys the tree leaves alone.
 * @example treeKeyAction(rows, rows[0].key, "ArrowDown") // { type: "focus", key: rows[1].key }
 */
export function treeKeyAction(rows: readonly TreeRow[], currentKey: string | null, key: string): TreeKeyAction | null {
  if (rows.length === 0) return null;
  const index = Math.max(0, rows.findIndex((row) => row.key === currentKey));
  const row = rows[index];
  switch (key) {
    case "ArrowDown":
      return index < rows.length - 1 ? { type: "focus", key: rows[index + 1].key } : null;
    case "ArrowUp":
      return index > 0 ? { type: "focus", key: rows[index - 1].key } : null;
    case "ArrowRight":
      if (!row.expandable) return null;
      return row.expanded ? { type: "focus", key: rows[index + 1].key } : { type: "expand", key: row.key };
    case "ArrowLeft":
      if (row.expanded) return { type: "collapse", key: row.key };
      return row.parentKey !== null ? { type: "focus", key: row.parentKey } : null;
    case "Home":
      return { type: "focus", key: rows[0].key };
    case "End":
      return { type: "focus", key: rows[rows.length - 1].key };
    case "Enter":
    case " ":
      return { type: "select", key: row.key };
    default:
      return typeAhead(rows, index, key);
  }
}

function typeAhead(rows: readonly TreeRow[], index: number, key: string): TreeKeyAction | null {
  if (key.length !== 1 || key.trim() === "") return null;
  const wanted = key.toLowerCase();
  for (let step = 1; step <= rows.length; step++) {
    const candidate = rows[(index + step) % rows.length];
    if (candidate.node.object.name.toLowerCase().startsWith(wanted)) return { type: "focus", key: candidate.key };
  }
  return null;
}
