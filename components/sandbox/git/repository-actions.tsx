"use client";
// The panel's footer: download the repository (a real git repository the learner can clone
// from), and a share link that replays this sandbox. The link is also shown in a read-only
// field, since the clipboard can be refused.
import { useId, useState } from "react";
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { useWorkbench } from "@/components/sandbox/workbench-store";
import { errorMessage } from "./error-message";
import { ErrorText } from "./error-text";

export interface RepositoryActionsProps {
  repository: RepositoryView;
  announce: (message: string) => void;
}

export function RepositoryActions({ repository, announce }: RepositoryActionsProps) {
  const id = useId();
  const [busy, setBusy] = useState<"download" | "share" | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [shareError, setShareError] = useState<string | null>(null);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function download() {
    setBusy("download");
    setDownloadError(null);
    try {
      const reply = await useWorkbench.getState().request({ type: "export-repository", repo: repository.url });
      if (reply.kind !== "export") throw new Error("The sandbox answered something other than a repository.");
      saveBytes(reply.bytes, reply.filename);
      announce(`Downloading ${reply.filename}`);
    } catch (error) {
      setDownloadError(errorMessage(error));
    } finally {
      setBusy(null);
    }
  }

  async function share() {
    setBusy("share");
    setShareError(null);
    setCopied(false);
    try {
      const reply = await useWorkbench.getState().request({ type: "share" });
      if (reply.kind !== "share") throw new Error("The sandbox answered something other than a share link.");
      const url = `${location.origin}${location.pathname}#share=${reply.token}`;
      setShareUrl(url);
      try {
        await navigator.clipboard.writeText(url);
        setCopied(true);
        announce("Share link copied");
      } catch {
        announce("Share link ready: copy it from the field");
      }
    } catch (error) {
      setShareError(errorMessage(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="sbx-git-footer">
      <div className="sbx-git-row">
        <div className="sbx-git-action">
          <button type="button" className="sbx-git-button" disabled={busy === "download"} onClick={() => void download()}>
            {busy === "download" ? "Preparing…" : "Download repository"}
          </button>
          <ErrorText message={downloadError} />
        </div>
        <div className="sbx-git-action">
          <button type="button" className="sbx-git-button" disabled={busy === "share"} onClick={() => void share()}>
            {busy === "share" ? "Preparing…" : "Copy share link"}
          </button>
          <ErrorText message={shareError} />
        </div>
      </div>
      {shareUrl !== null && (
        <div className="sbx-git-field">
          <label htmlFor={`${id}-share`}>
            Share link{copied && <span className="sbx-git-ok"> (copied)</span>}
          </label>
          <input id={`${id}-share`} className="sbx-git-input sbx-git-share" readOnly value={shareUrl} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}

// A temporary <a download> is the one way to name a file the page made itself.
function saveBytes(bytes: Uint8Array, filename: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: "application/octet-stream" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
