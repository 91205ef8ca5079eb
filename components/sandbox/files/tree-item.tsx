"use client";
// One node of the file tree and, for an expanded folder, its children after it. The tree is flat
// (aria-level, aria-setsize, aria-posinset rather than nested groups) so each item's visible text
// is exactly its name — nested items would make a folder's text include all its children's.
// The tree owns focus and keys; an item only reports clicks, focus and drops.
import { Fragment, type DragEvent } from "react";
import { STATUS_TEXT, type FileTreeNode } from "./build-file-tree";

export interface TreeItemContext {
  collapsed: ReadonlySet<string>;
  /** The one item in the tab order (roving tabindex). */
  focusPath: string | null;
  /** The file the editor shows, marked in the tree. */
  openPath: string | null;
  idOf(path: string): string;
  onActivate(node: FileTreeNode): void;
  onFocus(path: string): void;
  onDragStart(event: DragEvent, node: FileTreeNode): void;
  onDrop(event: DragEvent, folder: string): void;
}

export function TreeItem({
  node,
  depth,
  position,
  context,
}: {
  node: FileTreeNode;
  depth: number;
  position: { index: number; size: number };
  context: TreeItemContext;
}) {
  const folder = node.kind === "folder";
  const expanded = folder && !context.collapsed.has(node.path);
  const labelId = `${context.idOf(node.path)}-label`;
  const statusText = node.status
    ? STATUS_TEXT[node.status]
    : folder && node.changedInside
      ? "has changes"
      : null;
  // Dropping on a folder moves into it; dropping on a file moves beside it.
  const dropFolder = folder
    ? node.path
    : node.path.slice(0, Math.max(0, node.path.lastIndexOf("/")));
  const dropProps = {
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer.types.includes("application/x-reconcile-path")) {
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
      }
    },
    onDrop: (event: DragEvent) => context.onDrop(event, dropFolder),
  };

  return (
    <Fragment>
      <li
        role="treeitem"
        id={context.idOf(node.path)}
        data-path={node.path}
        aria-labelledby={labelId}
        aria-level={depth}
        aria-setsize={position.size}
        aria-posinset={position.index + 1}
        aria-expanded={folder ? expanded : undefined}
        aria-selected={context.focusPath === node.path}
        aria-disabled={node.deleted ? true : undefined}
        tabIndex={context.focusPath === node.path ? 0 : -1}
        className="sbx-files-item"
        onFocus={(event) => {
          if (event.target === event.currentTarget) context.onFocus(node.path);
        }}
      >
        <div
          className={`sbx-files-row${context.openPath === node.path ? " sbx-files-row-open" : ""}${node.deleted ? " sbx-files-row-deleted" : ""}`}
          style={{ paddingLeft: `${0.35 + (depth - 1) * 0.85}rem` }}
          draggable={!node.deleted}
          onDragStart={(event) => context.onDragStart(event, node)}
          onClick={() => {
            context.onFocus(node.path);
            context.onActivate(node);
          }}
          {...dropProps}
        >
          <span className="sbx-files-twisty" aria-hidden="true">
            {folder ? (expanded ? "▾" : "▸") : ""}
          </span>
          <span
            className={`sbx-files-name${folder ? " sbx-files-folder" : ""}`}
            id={labelId}
          >
            {node.name}
            {statusText ? (
              <span className="visually-hidden">, {statusText}</span>
            ) : null}
            {context.openPath === node.path ? (
              <span className="visually-hidden">, open in the editor</span>
            ) : null}
          </span>
          {node.status ? (
            <span
              className={`sbx-files-status sbx-files-status-${node.status}`}
              title={STATUS_TEXT[node.status]}
              aria-hidden="true"
            >
              {node.status}
            </span>
          ) : folder && node.changedInside ? (
            <span
              className="sbx-files-status sbx-files-status-inside"
              title="Has changes inside"
              aria-hidden="true"
            >
              •
            </span>
          ) : null}
        </div>
      </li>
      {folder && expanded
        ? node.children.map((child, index) => (
            <TreeItem
              key={child.path}
              node={child}
              depth={depth + 1}
              position={{ index, size: node.children.length }}
              context={context}
            />
          ))
        : null}
    </Fragment>
  );
}
