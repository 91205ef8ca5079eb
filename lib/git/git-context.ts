// The dependencies of every lib/git operation, passed in rather than imported: the fs is
// lightning-fs in the browser worker and memfs or node fs in tests; time and identity come
// from the caller so the same commands always produce the same commit SHAs.
import { z } from "zod";

/** A stat result, as much of it as lib/git reads. */
export interface GitFsStats {
  isDirectory(): boolean;
  isFile(): boolean;
  size: number;
}

/**
 * The promise half of a Node-like fs (node:fs, memfs, lightning-fs all provide it). isomorphic-git
 * receives the same object.
 */
export interface GitFs {
  promises: {
    readFile(path: string, options?: { encoding?: "utf8" } | "utf8"): Promise<Uint8Array | string>;
    writeFile(path: string, data: Uint8Array | string, options?: { mode?: number; encoding?: "utf8" } | "utf8"): Promise<unknown>;
    unlink(path: string): Promise<unknown>;
    readdir(path: string): Promise<unknown>;
    mkdir(path: string, options?: unknown): Promise<unknown>;
    rmdir(path: string): Promise<unknown>;
    stat(path: string): Promise<GitFsStats>;
    lstat(path: string): Promise<GitFsStats>;
  };
}

export const gitIdentitySchema = z.object({
  name: z.string().trim().min(1, "A git identity needs a name."),
  email: z.string().trim().min(3, "A git identity needs an email."),
});

/** Who authors commits, tags, pull requests or reviews. */
export type GitIdentity = z.infer<typeof gitIdentitySchema>;

/**
 * One repository and the world around it.
 * @example const repo: GitContext = { fs, dir: "/repo", clock: () => 1_700_000_000_000, author: { name: "Ada", email: "ada@example.com" } }
 */
export interface GitContext {
  fs: GitFs;
  /** Absolute working tree path; the git directory is `${dir}/.git`. */
  dir: string;
  /** Milliseconds since the Unix epoch; git keeps whole seconds. */
  clock: () => number;
  author: GitIdentity;
  /** isomorphic-git's object cache; share one per repository for speed, or omit. */
  cache?: object;
}

/** The signature isomorphic-git writes into commits and tags: UTC, whole seconds. */
export function signatureOf(identity: GitIdentity, clock: () => number) {
  return { name: identity.name, email: identity.email, timestamp: Math.floor(clock() / 1000), timezoneOffset: 0 };
}

/** The options every isomorphic-git call takes, from a context. */
export function gitOptions(ctx: GitContext) {
  // isomorphic-git's FsClient type is looser than ours; the object is the same.
  return { fs: ctx.fs as never, dir: ctx.dir, gitdir: `${ctx.dir}/.git`, cache: ctx.cache ?? {} };
}
