// The input of a build: an in-memory repository tree. A `ReadonlyMap` from POSIX paths relative
// to the repository root (no leading "./" or "/", e.g. "overlays/prod/kustomization.yaml") to
// file contents. Directories are implied by the paths of the files under them, as in git.
// A map (not an fs) keeps the core synchronous and pure, so it runs in a Web Worker unchanged.

/** The repository tree a build reads, e.g. `new Map([["base/kustomization.yaml", "resources: [a.yaml]"]])`. */
export type FileTree = ReadonlyMap<string, string>;

/** What a build knows about a tree: its files and every directory that holds one. */
export interface TreeIndex {
  readonly files: FileTree;
  readonly directories: ReadonlySet<string>;
}

/**
 * Indexes the directories of a tree once, so that "is this a directory?" costs O(1).
 * @example indexTree(new Map([["a/b.yaml", ""]])).directories.has("a") // true
 */
export function indexTree(files: FileTree): TreeIndex {
  const directories = new Set<string>([""]);
  for (const path of files.keys()) {
    let slash = path.lastIndexOf("/");
    while (slash > 0) {
      const dir = path.slice(0, slash);
      if (directories.has(dir)) break;
      directories.add(dir);
      slash = dir.lastIndexOf("/");
    }
  }
  return { files, directories };
}

/**
 * Resolves `relative` against the directory `dir`, POSIX style. Returns null when the
 * result escapes the repository root.
 * @example resolvePath("overlays/prod", "../../base") // null
 * @example resolvePath("overlays/prod", "../base") // "overlays/base"
 */
export function resolvePath(dir: string, relative: string): string | null {
  const parts = relative.startsWith("/") ? [] : dir.split("/").filter(Boolean);
  for (const segment of relative.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.join("/");
}

/**
 * The directory part of a path.
 * @example dirnameOf("base/app.yaml") // "base"
 */
export function dirnameOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/**
 * The last segment of a path.
 * @example basenameOf("base/app.yaml") // "app.yaml"
 */
export function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * A path for messages: the root directory reads as ".".
 * @example displayPath("") // "."
 */
export function displayPath(path: string): string {
  return path === "" ? "." : path;
}
