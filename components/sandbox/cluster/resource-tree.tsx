"use client";
// The resource tree (WAI-ARIA tree view): a flat list of the visible rows with aria-level, one tab stop (roving tabindex), keyboard moves from flatten-tree.ts, and Enter/Space or a
// click selecting the resource for the details section.
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { TreeNode } from "@/lib/sandbox/view-schema";
import { useWorkbench } from "../workbench-store";
import { isSelected, treeKeyAction, visibleRows, type TreeRow } from "./flatten-tree";
import { HealthBadge, SyncBadge } from "./status-badge";
import { shortKind } from "./status-presentation";

interface ResourceTreeProps {
  roots: readonly TreeNode[];
  /** The tree's accessible name: "Resources of web". */
  label: string;
}

export function ResourceTree({ roots, label }: ResourceTreeProps) {
  const selected = useWorkbench((state) => state.selected);
  const select = useWorkbench((state) => state.select);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());
  const rows = useMemo(() => visibleRows(roots, collapsed), [roots, collapsed]);

  // The tab stop: the last focused row while it is still shown, else the selected one, else the first.
  const tabStop = rows.find((row) => row.key === focusKey)?.key ?? rows.find((row) => isSelected(row.node, selected))?.key ?? rows[0]?.key ?? null;

  function toggle(key: string, open: boolean) {
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (open) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  function choose(row: TreeRow) {
    setFocusKey(row.key);
    select({ cluster: row.node.cluster, object: row.node.object });
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = treeKeyAction(rows, tabStop, event.key);
    if (!action) return;
    event.preventDefault();
    const row = rows.find((candidate) => candidate.key === action.key);
    if (!row) return;
    if (action.type === "focus") {
      setFocusKey(row.key);
      items.current.get(row.key)?.focus();
    } else if (action.type === "expand" || action.type === "collapse") {
      toggle(row.key, action.type === "expand");
    } else {
      choose(row);
    }
  }

  // A flat tree (aria-level/setsize/posinset, no nested groups): each item's text is its own row,
  // and its accessible name comes from that text (the kind spelled out for screen readers, the
  // badges' own labels), so what a sighted user reads is what a screen reader says.
  function renderRows() {
    return rows.map((row) => {
      const { node } = row;
      return (
        <li
          key={row.key}
          ref={(element) => {
            if (element) items.current.set(row.key, element);
            else items.current.delete(row.key);
          }}
          role="treeitem"
          className="sbx-cluster-tree-item"
          style={{ paddingLeft: `${(row.level - 1) * 1.1}rem` }}
          aria-level={row.level}
          aria-setsize={row.setSize}
          aria-posinset={row.posInSet}
          aria-expanded={row.expandable ? row.expanded : undefined}
          aria-selected={isSelected(node, selected)}
          tabIndex={row.key === tabStop ? 0 : -1}
          onFocus={(event) => {
            if (event.target === event.currentTarget) setFocusKey(row.key);
          }}
        >
          <div className="sbx-cluster-node" onClick={() => choose(row)}>
            <span
              className="sbx-cluster-twisty"
              aria-hidden="true"
              onClick={(event) => {
                if (!row.expandable) return;
                event.stopPropagation();
                setFocusKey(row.key);
                toggle(row.key, !row.expanded);
              }}
            >
              {row.expandable ? (row.expanded ? "▾" : "▸") : ""}
            </span>
            <span className="sbx-cluster-node-main">
              <span className="sbx-cluster-node-title">
                <span className="sbx-cluster-kind" title={node.object.kind} aria-hidden="true">
                  {shortKind(node.object.kind)}
                </span>
                <span className="visually-hidden">{node.object.kind} </span>
                <span className="sbx-cluster-node-name">{node.object.name}</span>
              </span>
              <span className="sbx-cluster-node-status">
                {node.sync ? <SyncBadge status={node.sync} compact /> : null}
                {node.health ? <HealthBadge status={node.health.status} message={node.health.message} compact /> : null}
                {node.requiresPruning ? <span className="sbx-cluster-marker sbx-cluster-tone-warn">requires pruning</span> : null}
                {node.missing ? <span className="sbx-cluster-marker sbx-cluster-tone-danger">missing</span> : null}
              </span>
              {node.info ? <span className="sbx-cluster-node-info">{node.info}</span> : null}
            </span>
          </div>
        </li>
      );
    });
  }

  if (rows.length === 0) return null;
  return (
    <ul role="tree" aria-label={label} className="sbx-cluster-tree" onKeyDown={onKeyDown}>
      {renderRows()}
    </ul>
  );
}
