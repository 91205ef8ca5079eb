// How controllers read Git: the files of a repository at a revision. The sandbox backs this
// with lib/git repositories; tests back it with plain maps.
import type { FileTree } from "@/lib/kustomize";

export type GitRead = { ok: true; sha: string; files: FileTree } | { ok: false; message: string };

export interface GitSource {
  /** Resolve `revision` (branch, tag, SHA or HEAD) of `repoURL` and return its files. */
  read(repoURL: string, revision: string): Promise<GitRead>;
  /** Only the commit SHA `revision` points at (cheap; undefined when it does not resolve). */
  resolve(repoURL: string, revision: string): Promise<string | undefined>;
}
