"use client";
// Notices from the sandbox (restored, restarted, storage full): errors are alerts, the rest are
// polite statuses; each can be dismissed.
import { useWorkbench } from "./workbench-store";

export function NoticeList() {
  const notices = useWorkbench((state) => state.notices);
  const dismiss = useWorkbench((state) => state.dismissNotice);
  return (
    <div className="sbx-notices">
      <div role="status" aria-live="polite">
        {notices
          .filter((notice) => notice.level === "info")
          .map((notice) => (
            <p key={notice.id} className="sbx-notice sbx-notice-info">
              <span aria-hidden="true">ℹ</span> {notice.message}
              <button type="button" className="sbx-notice-close" onClick={() => dismiss(notice.id)} aria-label="Dismiss notice">
                ×
              </button>
            </p>
          ))}
      </div>
      <div role="alert">
        {notices
          .filter((notice) => notice.level === "error")
          .map((notice) => (
            <p key={notice.id} className="sbx-notice sbx-notice-error">
              <span aria-hidden="true">⚠</span> <strong>Error:</strong> {notice.message}
              <button type="button" className="sbx-notice-close" onClick={() => dismiss(notice.id)} aria-label="Dismiss error">
                ×
              </button>
            </p>
          ))}
      </div>
    </div>
  );
}
