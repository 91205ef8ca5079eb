// A unified diff as git and a forge show it: per file its status and path, then each hunk
// under its @@ header with old and new line numbers. The +/- markers are text, so the kind of
// a line never rests on colour alone; long lines scroll sideways inside a focusable region.
import { useId } from "react";
import type { FileDiff } from "@/lib/git/file-diff-schema";
import { hunkHeader, numberHunkLines, type NumberedDiffLine } from "./diff-lines";
import "./git.css";

export interface DiffViewProps {
  files: FileDiff[];
  /** When given, each file that still exists gets an "Open" button. */
  onOpenFile?: (path: string) => void;
}

const FILE_STATUS: Record<FileDiff["status"], { letter: string; word: string }> = {
  added: { letter: "A", word: "Added" },
  modified: { letter: "M", word: "Modified" },
  deleted: { letter: "D", word: "Deleted" },
  renamed: { letter: "R", word: "Renamed" },
};

const LINE_WORDS: Record<NumberedDiffLine["kind"], string> = { context: "unchanged", deleted: "deleted", added: "added", note: "note" };

/**
 * @example <DiffView files={reply.files} onOpenFile={(path) => openInEditor(repo, path)} />
 */
export function DiffView({ files, onOpenFile }: DiffViewProps) {
  if (files.length === 0) return <p className="sbx-git-empty">No differences</p>;
  return (
    <div className="sbx-git-diff">
      {files.map((file) => (
        <FileDiffView key={`${file.oldPath ?? ""}>${file.path}`} file={file} onOpenFile={onOpenFile} />
      ))}
    </div>
  );
}

function FileDiffView({ file, onOpenFile }: { file: FileDiff; onOpenFile?: (path: string) => void }) {
  const pathId = useId();
  const status = FILE_STATUS[file.status];
  return (
    <div className="sbx-git-diff-file" role="group" aria-labelledby={pathId}>
      <div className="sbx-git-diff-file-header">
        <span className={`sbx-git-letter sbx-git-letter-${status.letter}`} title={status.word}>
          <span aria-hidden="true">{status.letter}</span>
          <span className="visually-hidden">{status.word}:</span>
        </span>
        <span id={pathId} className="sbx-git-diff-path">
          {file.oldPath ? (
            <>
              {file.oldPath} <span aria-hidden="true">→</span>
              <span className="visually-hidden">renamed to</span> {file.path}
            </>
          ) : (
            file.path
          )}
        </span>
        {onOpenFile && file.status !== "deleted" && (
          <button type="button" className="sbx-git-button" aria-label={`Open ${file.path} in the editor`} onClick={() => onOpenFile(file.path)}>
            Open
          </button>
        )}
      </div>
      <FileDiffBody file={file} />
    </div>
  );
}

function FileDiffBody({ file }: { file: FileDiff }) {
  if (file.binary) return <p className="sbx-git-note">Binary file: no line-by-line diff.</p>;
  if (file.hunks.length === 0) return <p className="sbx-git-note">{file.status === "renamed" ? "Renamed; the content is unchanged." : "Empty file."}</p>;
  return (
    <div className="sbx-git-diff-scroll" role="region" tabIndex={0} aria-label={`Changes in ${file.path}`}>
      <table className="sbx-git-diff-table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Old line</th>
            <th scope="col">New line</th>
            <th scope="col">Change</th>
            <th scope="col">Content</th>
          </tr>
        </thead>
        {file.hunks.map((hunk, hunkIndex) => (
          <tbody key={hunkIndex}>
            <tr className="sbx-git-hunk">
              <td colSpan={4}>{hunkHeader(hunk)}</td>
            </tr>
            {numberHunkLines(hunk).map((line, lineIndex) => (
              <tr key={lineIndex} className={`sbx-git-line sbx-git-line-${line.kind}`}>
                <td className="sbx-git-lineno">{line.oldNumber ?? ""}</td>
                <td className="sbx-git-lineno">{line.newNumber ?? ""}</td>
                <td className="sbx-git-marker">
                  <span aria-hidden="true">{line.marker}</span>
                  <span className="visually-hidden">{LINE_WORDS[line.kind]}</span>
                </td>
                <td className="sbx-git-code">{line.text}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
