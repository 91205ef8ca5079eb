// What Argo CD's repo server and Flux's kustomize-controller do with a source path: if the
// directory holds a kustomization, `kustomize build` it; otherwise read its YAML and JSON files
// as plain manifests (Argo CD's directory source; subdirectories only with recurse). The result
// also lists the files read, in the order they matter, for "Why OutOfSync?".
import { buildKustomization, type FileTree } from "@/lib/kustomize";
import { parseAllDocuments } from "yaml";
import type { Manifest } from "../manifest";

export type RenderResult =
  | { ok: true; manifests: Manifest[]; sourceFiles: [string, string][] }
  | { ok: false; code: string; message: string };

const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const MAX_DOCUMENT_BYTES = 1_000_000;

function normalizeDir(path: string): string {
  return path.replace(/^\.?\/+/, "").replace(/\/+$/, "").replace(/^\.$/, "");
}

function isManifest(value: unknown): value is Manifest {
  const object = value as Manifest | null;
  return Boolean(object && typeof object === "object" && typeof object.apiVersion === "string" && typeof object.kind === "string" && object.metadata && typeof object.metadata.name === "string");
}

function renderDirectory(tree: FileTree, dir: string, recurse: boolean): RenderResult {
  const prefix = dir ? `${dir}/` : "";
  const files = [...tree.keys()]
    .filter((path) => path.startsWith(prefix) && /\.(ya?ml|json)$/.test(path))
    .filter((path) => recurse || !path.slice(prefix.length).includes("/"))
    .sort();
  const manifests: Manifest[] = [];
  for (const file of files) {
    const text = tree.get(file)!;
    if (text.length > MAX_DOCUMENT_BYTES) return { ok: false, code: "DOCUMENT_TOO_LARGE", message: `${file}: larger than 1 MB` };
    const docs = parseAllDocuments(text);
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
      const error = doc.errors[0];
      if (error) {
        const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
        return { ok: false, code: "INVALID_YAML", message: `${file}:${line}:${column}: ${error.message.split("\n")[0]}` };
      }
      let value: unknown;
      try {
        // A YAML "billion laughs" expands aliases exponentially: refuse past 100 of them.
        value = doc.toJS({ maxAliasCount: 100 });
      } catch (error) {
        return { ok: false, code: "YAML_LIMIT", message: `${file}: ${(error as Error).message} (documents may use at most 100 aliases)` };
      }
      if (value === null || value === undefined) continue;
      if (!isManifest(value)) return { ok: false, code: "INVALID_MANIFEST", message: `${file}: a document without apiVersion, kind and metadata.name` };
      manifests.push(value);
    }
  }
  return { ok: true, manifests, sourceFiles: files.map((file) => [file, tree.get(file)!]) };
}

/** Files under `dir` and the directories it references, for locating fields (bases first). */
function kustomizeSourceFiles(tree: FileTree, dir: string): [string, string][] {
  // Without kustomize's load order at hand, sort so that shallower and "base" paths come
  // first: overlays (deeper, or under overlays/) are applied later and so win.
  return [...tree.entries()]
    .filter(([path]) => /\.ya?ml$/.test(path))
    .sort(([a], [b]) => {
      const rank = (path: string) => (path.startsWith(`${dir}/`) || (dir === "" && !path.includes("/")) ? 1 : 0);
      return rank(a) - rank(b) || a.split("/").length - b.split("/").length || (a < b ? -1 : a > b ? 1 : 0);
    });
}

/**
 * @example renderSource(files, "apps/web/overlays/prod") // { ok: true, manifests: [...], sourceFiles: [...] }
 */
export function renderSource(tree: FileTree, path: string, options: { recurse?: boolean } = {}): RenderResult {
  const dir = normalizeDir(path);
  const prefix = dir ? `${dir}/` : "";
  if (dir && ![...tree.keys()].some((file) => file.startsWith(prefix))) {
    return { ok: false, code: "PATH_NOT_FOUND", message: `${dir}: app path does not exist` };
  }
  if (!KUSTOMIZATION_FILES.some((name) => tree.has(`${prefix}${name}`))) return renderDirectory(tree, dir, options.recurse ?? false);
  const built = buildKustomization(tree, dir || ".");
  if (!built.ok) return { ok: false, code: built.error.code, message: built.error.message };
  return { ok: true, manifests: (built.resources as unknown[]).filter(isManifest), sourceFiles: kustomizeSourceFiles(tree, dir) };
}
