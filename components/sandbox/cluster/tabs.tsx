"use client";
// Tabs (WAI-ARIA tabs pattern, automatic activation): one tab stop, arrows move and activate,
// Home/End jump. The caller renders the panel with `tabPanelProps`.
import type { KeyboardEvent } from "react";

export interface TabDefinition<T extends string> {
  id: T;
  label: string;
}

interface TabListProps<T extends string> {
  /** Names the tab list for screen readers: "Cluster view", "Resource details". */
  label: string;
  /** From useId(), so several tab lists on a page keep distinct ids. */
  idPrefix: string;
  tabs: readonly TabDefinition<T>[];
  active: NoInfer<T>;
  onChange: (id: NoInfer<T>) => void;
}

export function tabId(idPrefix: string, id: string): string {
  return `${idPrefix}-tab-${id}`;
}

export function tabPanelProps(idPrefix: string, id: string) {
  return { id: `${idPrefix}-panel-${id}`, role: "tabpanel", "aria-labelledby": tabId(idPrefix, id), tabIndex: 0 } as const;
}

export function TabList<T extends string>({ label, idPrefix, tabs, active, onChange }: TabListProps<T>) {
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === active);
    const next =
      event.key === "ArrowRight" ? (index + 1) % tabs.length
      : event.key === "ArrowLeft" ? (index - 1 + tabs.length) % tabs.length
      : event.key === "Home" ? 0
      : event.key === "End" ? tabs.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    onChange(tabs[next].id);
    event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  }

  return (
    <div className="sbx-cluster-tablist" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab.id)}
          className="sbx-cluster-tab"
          aria-selected={tab.id === active}
          aria-controls={`${idPrefix}-panel-${tab.id}`}
          tabIndex={tab.id === active ? 0 : -1}
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
