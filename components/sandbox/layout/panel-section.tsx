"use client";
// A titled panel that can be collapsed to its header. The header is a real button (Enter/Space)
// with aria-expanded; the body keeps its state while collapsed (hidden, not unmounted) so an
// open diff or a half-typed commit message survives.
import type { ReactNode } from "react";

interface PanelSectionProps {
  id: string;
  title: string;
  collapsed: boolean;
  onToggle(): void;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

export function PanelSection({ id, title, collapsed, onToggle, actions, children, className }: PanelSectionProps) {
  const bodyId = `sbx-panel-${id}`;
  return (
    <section className={`sbx-panel ${collapsed ? "sbx-panel-collapsed" : ""} ${className ?? ""}`} aria-labelledby={`${bodyId}-title`} data-panel={id}>
      <header className="sbx-panel-header">
        <h2 className="sbx-panel-title" id={`${bodyId}-title`}>
          <button type="button" className="sbx-panel-toggle" aria-expanded={!collapsed} aria-controls={bodyId} onClick={onToggle}>
            <span aria-hidden="true" className="sbx-panel-chevron">
              {collapsed ? "▸" : "▾"}
            </span>
            {title}
          </button>
        </h2>
        {actions ? <div className="sbx-panel-actions">{actions}</div> : null}
      </header>
      <div className="sbx-panel-body" id={bodyId} hidden={collapsed}>
        {children}
      </div>
    </section>
  );
}
