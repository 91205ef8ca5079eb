// What a key does in the file tree (WAI-ARIA tree view pattern), as data: the tree component
// carries it out. Pure, so the navigation rules read in one place.
import type { VisibleRow } from "./build-file-tree";

export type TreeKeyAction =
  | { type: "focus"; path: string }
  | { type: "toggle"; path: string }
  | { type: "activate" | "rename" | "delete" | "none" };

export interface TreeKey {
  key: string;
  metaKey?: boolean;
}

/**
 * The action for `key` on the row at `index`, or null when the tree leaves the key alone.
 * Example: `treeKeyAction(rows, 0, { key: "ArrowDown" })` → `{ type: "focus", path: rows[1].node.path }`
 */
export function treeKeyAction(rows: readonly VisibleRow[], index: number, { key, metaKey = false }: TreeKey): TreeKeyAction | null {
  const row = rows[index];
  if (!row) return null;
  const focus = (target: VisibleRow | undefined): TreeKeyAction => (target ? { type: "focus", path: target.node.path } : { type: "none" });
  switch (key) {
    case "ArrowDown":
      return focus(rows[index + 1]);
    case "ArrowUp":
      return focus(rows[index - 1]);
    case "Home":
      return focus(rows[0]);
    case "End":
      return focus(rows[rows.length - 1]);
    case "ArrowRight":
      if (row.node.kind === "folder" && !row.expanded) return { type: "toggle", path: row.node.path };
      return focus(row.expanded && rows[index + 1]?.parent === row.node.path ? rows[index + 1] : undefined);
    case "ArrowLeft":
      if (row.expanded) return { type: "toggle", path: row.node.path };
      return focus(rows.find((item) => item.node.path === row.parent));
    case "Enter":
      return { type: "activate" };
    case "F2":
      return { type: "rename" };
    case "Delete":
      return { type: "delete" };
    case "Backspace":
      return metaKey ? { type: "delete" } : null; // macOS: Cmd+Backspace
    default: {
      if (key.length !== 1 || key === " " || metaKey) return null;
      // Type-ahead: the next visible item whose name starts with the typed character.
      const letter = key.toLowerCase();
      const order = [...rows.slice(index + 1), ...rows.slice(0, index + 1)];
      const match = order.find((item) => item.node.name.toLowerCase().startsWith(letter));
      return match ? focus(match) : null;
    }
  }
}
