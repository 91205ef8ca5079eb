// "Download repository": lib/git's export (the .git directory and the working tree, git's own
// formats) written into an in-memory fs, then zipped. Unzipped anywhere, real git opens it.
import { zipSync } from "fflate";
import { exportRepository, type GitContext, type GitFs, type GitFsStats } from "@/lib/git";

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/** Just enough of an fs for exportRepository to write into: directories and file bytes. */
function collectingFs(): { fs: GitFs; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const dirs = new Set<string>([""]);
  const stats = (isDirectory: boolean, size: number): GitFsStats => ({ isDirectory: () => isDirectory, isFile: () => !isDirectory, size });
  const lookup = async (path: string) => {
    const normalised = path.replace(/\/+$/, "");
    if (dirs.has(normalised)) return stats(true, 0);
    const bytes = files.get(normalised);
    if (bytes) return stats(false, bytes.length);
    throw fsError("ENOENT", path);
  };
  const fs: GitFs = {
    promises: {
      async readFile(path) {
        const bytes = files.get(path);
        if (!bytes) throw fsError("ENOENT", path);
        return bytes;
      },
      async writeFile(path, data) {
        files.set(path, typeof data === "string" ? new TextEncoder().encode(data) : data);
      },
      async unlink(path) {
        files.delete(path);
      },
      async readdir(path) {
        const prefix = `${path.replace(/\/+$/, "")}/`;
        const names = new Set<string>();
        for (const entry of [...dirs, ...files.keys()]) if (entry.startsWith(prefix)) names.add(entry.slice(prefix.length).split("/")[0]);
        return [...names].filter(Boolean).sort();
      },
      async mkdir(path) {
        if (dirs.has(path)) throw fsError("EEXIST", path);
        dirs.add(path);
      },
      async rmdir(path) {
        dirs.delete(path);
      },
      stat: lookup,
      lstat: lookup,
    },
  };
  return { fs, files };
}

/** The repository as a zip whose top folder is `name`. */
export async function zipRepository(ctx: GitContext, name: string): Promise<Uint8Array> {
  const { fs, files } = collectingFs();
  await exportRepository(ctx, fs, { dir: `/${name}` });
  const entries: Record<string, Uint8Array> = {};
  for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) entries[path.slice(1)] = bytes;
  // A fixed modification time keeps the zip byte-identical for the same repository.
  return zipSync(entries, { level: 6, mtime: new Date(Date.UTC(2026, 0, 1)) });
}
