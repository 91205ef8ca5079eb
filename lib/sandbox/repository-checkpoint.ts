// Undo without replaying history: the state of a repository that a command can change is its
// refs, index, lib/git's own files and the working tree — not .git/objects, which only grows
// (objects a later command wrote stay, unreferenced, like dangling objects in real git). A
// checkpoint is a copy of every file outside .git/objects and the list of directories;
// restoring writes the files back and removes files and directories that appeared since. The
// directories matter: a folder left behind empty would block a file of the same name (and a
// branch "feature" after "feature/x" was undone), which a replay from the log would not.
import type { GitContext, GitFs } from "@/lib/git";

export interface RepositoryCheckpoint {
  /** Relative path → bytes. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Relative directories, parents before children. */
  readonly directories: readonly string[];
}

interface Listing {
  files: string[];
  /** Parents before children. */
  directories: string[];
}

const OBJECTS = ".git/objects";

async function walk(fs: GitFs, dir: string, prefix: string, into: Listing): Promise<void> {
  for (const name of ((await fs.promises.readdir(dir)) as string[]).slice().sort()) {
    const relative = prefix ? `${prefix}/${name}` : name;
    if (relative === OBJECTS) continue;
    const stats = await fs.promises.stat(`${dir}/${name}`);
    if (stats.isDirectory()) {
      into.directories.push(relative);
      await walk(fs, `${dir}/${name}`, relative, into);
    } else into.files.push(relative);
  }
}

async function listingOf(ctx: GitContext): Promise<Listing> {
  const listing: Listing = { files: [], directories: [] };
  await walk(ctx.fs, ctx.dir, "", listing);
  return listing;
}

export async function captureRepository(ctx: GitContext): Promise<RepositoryCheckpoint> {
  const { files: paths, directories } = await listingOf(ctx);
  const files = new Map<string, Uint8Array>();
  for (const path of paths) {
    const content = await ctx.fs.promises.readFile(`${ctx.dir}/${path}`);
    files.set(path, typeof content === "string" ? new TextEncoder().encode(content) : content);
  }
  return { files, directories };
}

export async function restoreRepository(ctx: GitContext, checkpoint: RepositoryCheckpoint): Promise<void> {
  const current = await listingOf(ctx);
  const wanted = new Set(checkpoint.directories);
  for (const path of current.files) {
    if (!checkpoint.files.has(path)) await ctx.fs.promises.unlink(`${ctx.dir}/${path}`);
  }
  // Children before parents; every file inside an unwanted directory is unwanted too, so each is empty by now.
  for (const dir of [...current.directories].reverse()) {
    if (!wanted.has(dir)) await ctx.fs.promises.rmdir(`${ctx.dir}/${dir}`);
  }
  const kept = new Set(current.directories);
  for (const dir of checkpoint.directories) {
    if (!kept.has(dir)) await ctx.fs.promises.mkdir(`${ctx.dir}/${dir}`);
  }
  for (const [path, content] of checkpoint.files) await ctx.fs.promises.writeFile(`${ctx.dir}/${path}`, content);
}
