"use client";
// The WAI-ARIA tabs pattern with automatic activation: one tab stop, arrows move between tabs,
// Home and End jump to the ends. Panels stay mounted (hidden) so nothing typed in one is lost
// when the learner looks at another.
import type { KeyboardEvent } from "react";

export interface PanelTab<Id extends string> {
  id: Id;
  label: string;
  /** A count shown after the label, e.g. the number of changes. */
  count?: number;
}

export function tabId(prefix: string, id: string): string {
  return `${prefix}-tab-${id}`;
}

export function tabPanelId(prefix: string, id: string): string {
  return `${prefix}-panel-${id}`;
}

export interface PanelTabsProps<Id extends string> {
  idPrefix: string;
  label: string;
  tabs: readonly PanelTab<Id>[];
  active: Id;
  onSelect: (id: Id) => void;
}

export function PanelTabs<Id extends string>({ idPrefix, label, tabs, active, onSelect }: PanelTabsProps<Id>) {
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === active);
    const target =
      event.key === "ArrowRight" ? (index + 1) % tabs.length
      : event.key === "ArrowLeft" ? (index - 1 + tabs.length) % tabs.length
      : event.key === "Home" ? 0
      : event.key === "End" ? tabs.length - 1
      : -1;
    if (target === -1) return;
    event.preventDefault();
    onSelect(tabs[target].id);
    document.getElementById(tabId(idPrefix, tabs[target].id))?.focus();
  }

  return (
    <div className="sbx-git-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const selected = tab.id === active;
        return (
          <button
            key={tab.id}
            id={tabId(idPrefix, tab.id)}
            type="button"
            role="tab"
            className="sbx-git-tab"
            aria-selected={selected}
            aria-controls={tabPanelId(idPrefix, tab.id)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.count !== undefined && tab.count > 0 && <span className="sbx-git-count">{tab.count}</span>}
          </button>
        );
      })}
    </div>
  );
}
