// The system git, used to prove that what lib/git writes is what real git reads and does.
import { execFileSync, spawnSync } from "node:child_process";

export const hasGit = spawnSync("git", ["--version"]).status === 0;

/** Runs git and returns stdout; a non-zero exit with output (merge-file's conflict count) is not an error. */
export function runGit(args: string[], cwd?: string): string {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { status, stdout } = error as { status: number | null; stdout?: string };
    if (args[0] === "merge-file" && status !== null && status > 0 && status < 128) return stdout ?? "";
    throw error;
  }
}
