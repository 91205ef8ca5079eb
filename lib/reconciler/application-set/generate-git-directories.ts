// The git directory generator: one parameter set per directory of the repository matching an
// include pattern and no exclude pattern (exclude wins). Patterns are Go path.Match globs, so
// `*` stays within one path segment.
import type { ParameterSet } from "./parameters";

export interface GitDirectoryPattern {
  path: string;
  exclude?: boolean;
}

function globToRegExp(pattern: string): RegExp {
  let source = "";
  for (const char of pattern) {
    if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** Every directory that contains a file, and their ancestors, from a list of file paths. */
export function directoriesOf(files: readonly string[]): string[] {
  const directories = new Set<string>();
  for (const file of files) {
    const parts = file.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) directories.add(parts.slice(0, i).join("/"));
  }
  return [...directories].sort();
}

/**
 * @example generateGitDirectories([{ path: "apps/*" }, { path: "apps/legacy", exclude: true }], files)
 *          // one set per apps/<name>, without apps/legacy; flat["path.basename"] === "<name>"
 */
export function generateGitDirectories(patterns: readonly GitDirectoryPattern[], files: readonly string[]): ParameterSet[] {
  const includes = patterns.filter((pattern) => !pattern.exclude).map((pattern) => globToRegExp(pattern.path));
  const excludes = patterns.filter((pattern) => pattern.exclude).map((pattern) => globToRegExp(pattern.path));
  return directoriesOf(files)
    .filter((directory) => !directory.split("/").some((part) => part.startsWith(".")))
    .filter((directory) => includes.some((re) => re.test(directory)) && !excludes.some((re) => re.test(directory)))
    .map((directory) => {
      const segments = directory.split("/");
      const basename = segments.at(-1)!;
      const basenameNormalized = basename.toLowerCase().replace(/[^a-z0-9-.]/g, "-");
      const flat: Record<string, string> = { path: directory, "path.basename": basename, "path.basenameNormalized": basenameNormalized };
      segments.forEach((segment, index) => (flat[`path[${index}]`] = segment));
      const nested = { path: { path: directory, basename, basenameNormalized, segments } };
      return { flat, nested };
    });
}
