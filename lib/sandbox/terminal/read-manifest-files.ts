// What `kubectl apply -f PATH`, `delete -f PATH` and `apply -k DIR` read: files of the active
// repository's working tree (what the learner is editing, committed or not). A folder gives
// its .yaml, .yml and .json files (with -R also those of subfolders), as kubectl reads them.
import { listFiles, readFile, type GitContext } from "@/lib/git";
import { parseManifests } from "@/lib/kube/parse-manifests";
import { renderSource } from "@/lib/reconciler/source/render-source";

export interface ManifestDocument {
  file: string;
  manifest: Record<string, unknown>;
}

export type ManifestRead = { ok: true; documents: ManifestDocument[]; errors: string[] } | { ok: false; message: string };

function normalize(path: string): string {
  return path.replace(/^(\.\/)+/, "").replace(/\/+$/, "").replace(/^\.$/, "");
}

/** The files `-f PATH` names, or kubectl's "does not exist" message. */
export async function filesAt(repo: GitContext, path: string, recursive: boolean): Promise<{ ok: true; files: string[] } | { ok: false; message: string }> {
  if (path.trim() === "") return { ok: false, message: `the path "${path}" does not exist` };
  const all = await listFiles(repo, {});
  const target = normalize(path);
  if (target && all.includes(target)) return { ok: true, files: [target] };
  const prefix = target ? `${target}/` : "";
  const inside = all.filter((file) => file.startsWith(prefix));
  if (inside.length === 0) return { ok: false, message: `the path "${path}" does not exist` };
  const files = inside.filter((file) => /\.(ya?ml|json)$/.test(file) && (recursive || !file.slice(prefix.length).includes("/")));
  return { ok: true, files };
}

/** Every document of the files (a v1 List is expanded to its items); parse errors name the file. */
export async function readManifests(repo: GitContext, paths: readonly string[], recursive: boolean): Promise<ManifestRead> {
  const documents: ManifestDocument[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    const found = await filesAt(repo, path, recursive);
    if (!found.ok) return found;
    for (const file of found.files) {
      const parsed = parseManifests(await readFile(repo, { path: file }));
      errors.push(...parsed.errors.map((error) => `error: error parsing ${file}: ${error.message}`));
      for (const object of parsed.objects) {
        const record = object as Record<string, unknown>;
        const items = record.kind === "List" && Array.isArray(record.items) ? (record.items as Record<string, unknown>[]) : [record];
        documents.push(...items.map((manifest) => ({ file, manifest })));
      }
    }
  }
  return { ok: true, documents, errors };
}

/** `kubectl apply -k DIR`: kustomize build of the working tree folder. */
export async function buildKustomizeDir(repo: GitContext, path: string): Promise<ManifestRead> {
  const files = await listFiles(repo, {});
  const tree = new Map<string, string>();
  for (const file of files) tree.set(file, await readFile(repo, { path: file }));
  const dir = normalize(path);
  if (!["kustomization.yaml", "kustomization.yml", "Kustomization"].some((name) => tree.has(dir ? `${dir}/${name}` : name))) {
    return { ok: false, message: `unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${path}'` };
  }
  const rendered = renderSource(tree, dir);
  if (!rendered.ok) return { ok: false, message: rendered.message };
  return { ok: true, documents: rendered.manifests.map((manifest) => ({ file: path, manifest: manifest as Record<string, unknown> })), errors: [] };
}
