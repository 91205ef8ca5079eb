// Status badges: text, a distinct icon shape per status, and a colour from the theme. The full
// form shows the status's message as secondary text; the compact form (tree rows) does not.
import type { HealthStatus, StatusPresentation, SyncStatus } from "./status-presentation";
import { healthPresentation, statusLabel, syncPresentation } from "./status-presentation";

interface StatusBadgeProps {
  presentation: StatusPresentation;
  /** Read before the label by screen readers: "Sync", "Health", "Ready condition". */
  prefix: string;
  message?: string;
  compact?: boolean;
}

/** One badge; `role="img"` makes its aria-label (prefix, status and message) its name. */
export function StatusBadge({ presentation, prefix, message, compact = false }: StatusBadgeProps) {
  const label = statusLabel(prefix, presentation.label, message);
  return (
    <span className={`sbx-cluster-status sbx-cluster-tone-${presentation.tone}${compact ? " is-compact" : ""}`} role="img" aria-label={label} title={compact ? label : undefined}>
      <span className="sbx-cluster-badge">
        <span className="sbx-cluster-icon" aria-hidden="true">
          {presentation.icon}
        </span>
        {presentation.label}
      </span>
      {!compact && message ? <span className="sbx-cluster-status-message">{message}</span> : null}
    </span>
  );
}

/** @example <SyncBadge status="OutOfSync" /> // "↻ OutOfSync", named "Sync: OutOfSync" */
export function SyncBadge({ status, message, compact }: { status: SyncStatus; message?: string; compact?: boolean }) {
  return <StatusBadge presentation={syncPresentation(status)} prefix="Sync" message={message} compact={compact} />;
}

/** @example <HealthBadge status="Degraded" message="0/2 replicas ready" /> */
export function HealthBadge({ status, message, compact }: { status: HealthStatus; message?: string; compact?: boolean }) {
  return <StatusBadge presentation={healthPresentation(status)} prefix="Health" message={message} compact={compact} />;
}
