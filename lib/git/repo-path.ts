// Paths inside a repository, as git stores them: relative, "/"-separated, never escaping the
// working tree and never reaching into .git (where lib/git keeps its own state).
import { z } from "zod";

const SEGMENT_RULES = "a relative path such as k8s/deployment.yaml (no leading /, no . or .. segments, not inside .git)";

function isSafeRepoPath(path: string): boolean {
  if (path.length === 0 || path.startsWith("/") || path.endsWith("/") || path.includes("\\") || path.includes("\0")) return false;
  const segments = path.split("/");
  if (segments[0] === ".git") return false;
  return segments.every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

export const repoPathSchema = z.string().refine(isSafeRepoPath, { message: `Expected ${SEGMENT_RULES}.`, params: { gitCode: "INVALID_PATH" } });

// git check-ref-format, the rules a learner can actually break.
function isValidRefName(name: string): boolean {
  if (name.length === 0 || name.startsWith("/") || name.endsWith("/") || name.endsWith(".") || name.endsWith(".lock")) return false;
  if (name.startsWith("-") || name === "@" || name.includes("..") || name.includes("@{") || name.includes("//")) return false;
  if (/[\0-\x20\x7f~^:?*[\\]/.test(name)) return false;
  return name.split("/").every((part) => !part.startsWith("."));
}

export const refNameSchema = z.string().refine(isValidRefName, {
  message: "Not a valid git ref name (no spaces, ~ ^ : ? * [ \\, .., @{, leading - or ., trailing / . or .lock).",
  params: { gitCode: "INVALID_REF" },
});

/** `${dir}/${path}` for a validated repository path. */
export function absolutePath(dir: string, path: string): string {
  return `${dir.replace(/\/+$/, "")}/${path}`;
}

/** The directories containing a path, outermost first: "a/b/c.txt" → ["a", "a/b"]. */
export function parentDirectories(path: string): string[] {
  const segments = path.split("/").slice(0, -1);
  return segments.map((_, index) => segments.slice(0, index + 1).join("/"));
}
