// Working-tree file access through the injected fs. lightning-fs has no recursive mkdir or
// rm, so directories are created and pruned one level at a time.
import type { GitContext, GitFs } from "./git-context";
import { GitError } from "./git-error";
import { absolutePath, parentDirectories } from "./repo-path";

/** Files over this size are refused: the sandbox keeps repositories in browser storage. */
export const MAX_FILE_BYTES = 1024 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === "string" ? encoder.encode(content) : content;
}

export function toText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Refuses content over MAX_FILE_BYTES with FILE_TOO_LARGE. */
export function assertFileSize(path: string, bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new GitError("FILE_TOO_LARGE", `${path} is ${bytes.byteLength} bytes; files are limited to ${MAX_FILE_BYTES} bytes (1 MB).`, {
      path,
      bytes: bytes.byteLength,
      limit: MAX_FILE_BYTES,
    });
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

export async function pathExists(fs: GitFs, path: string): Promise<boolean> {
  try {
    await fs.promises.lstat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return false;
    throw error;
  }
}

/** mkdir -p, one level at a time. */
export async function makeDirectories(fs: GitFs, root: string, relativeDirs: string[]): Promise<void> {
  for (const dir of relativeDirs) {
    try {
      await fs.promises.mkdir(absolutePath(root, dir));
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
    }
  }
}

/** mkdir -p of an absolute directory. */
export async function makeAbsoluteDirectory(fs: GitFs, dir: string): Promise<void> {
  const segments = dir.split("/").filter(Boolean);
  await makeDirectories(fs, "", segments.map((_, index) => segments.slice(0, index + 1).join("/")));
}

export async function readWorktreeBytes(ctx: GitContext, path: string): Promise<Uint8Array | undefined> {
  try {
    const content = await ctx.fs.promises.readFile(absolutePath(ctx.dir, path));
    return toBytes(content);
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR" || errorCode(error) === "EISDIR") return undefined;
    throw error;
  }
}

export async function writeWorktreeBytes(ctx: GitContext, path: string, bytes: Uint8Array): Promise<void> {
  await makeDirectories(ctx.fs, ctx.dir, parentDirectories(path));
  await ctx.fs.promises.writeFile(absolutePath(ctx.dir, path), bytes);
}

/** Deletes a file and then its parent directories that became empty, as git does. */
export async function removeWorktreeFile(ctx: GitContext, path: string): Promise<void> {
  await ctx.fs.promises.unlink(absolutePath(ctx.dir, path));
  for (const dir of parentDirectories(path).reverse()) {
    const entries = (await ctx.fs.promises.readdir(absolutePath(ctx.dir, dir))) as string[];
    if (entries.length > 0) return;
    await ctx.fs.promises.rmdir(absolutePath(ctx.dir, dir));
  }
}
