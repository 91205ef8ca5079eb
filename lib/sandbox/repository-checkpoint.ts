// Undo without replaying history: the state of a repository that a command can change is its
// refs, index, lib/git's own files and the working tree — not .git/objects, which only grows
// (objects a later command wrote stay, unreferenced, like dangling objects in real git). A
// checkpoint is a copy of every file outside .git/objects; restoring writes them back and
// removes files that appeared since.
import type { GitContext, GitFs } from "@/lib/git";

export type RepositoryCheckpoint = ReadonlyMap<string, Uint8Array>;

const OBJECTS = ".git/objects";

async function walk(fs: GitFs, dir: string, prefix: string, into: string[]): Promise<void> {
  for (const name of ((await fs.promises.readdir(dir)) as string[]).slice().sort()) {
    const relative = prefix ? `${prefix}/${name}` : name;
    if (relative === OBJECTS) continue;
    const stats = await fs.promises.stat(`${dir}/${name}`);
    if (stats.isDirectory()) await walk(fs, `${dir}/${name}`, relative, into);
    else into.push(relative);
  }
}

async function filesOf(ctx: GitContext): Promise<string[]> {
  const paths: string[] = [];
  await walk(ctx.fs, ctx.dir, "", paths);
  return paths;
}

export async function captureRepository(ctx: GitContext): Promise<RepositoryCheckpoint> {
  const files = new Map<string, Uint8Array>();
  for (const path of await filesOf(ctx)) {
    const content = await ctx.fs.promises.readFile(`${ctx.dir}/${path}`);
    files.set(path, typeof content === "string" ? new TextEncoder().encode(content) : content);
  }
  return files;
}

async function ensureParent(fs: GitFs, path: string): Promise<void> {
  const parts = path.split("/").slice(0, -1);
  let current = "";
  for (const part of parts) {
    current += `/${part}`;
    try {
      await fs.promises.mkdir(current);
    } catch {
      // Exists already: mkdir -p semantics.
    }
  }
}

export async function restoreRepository(ctx: GitContext, checkpoint: RepositoryCheckpoint): Promise<void> {
  for (const path of await filesOf(ctx)) {
    if (!checkpoint.has(path)) await ctx.fs.promises.unlink(`${ctx.dir}/${path}`);
  }
  for (const [path, content] of checkpoint) {
    await ensureParent(ctx.fs, `${ctx.dir}/${path}`);
    await ctx.fs.promises.writeFile(`${ctx.dir}/${path}`, content);
  }
}
