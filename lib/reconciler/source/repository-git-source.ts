// A GitSource over lib/git repositories, by URL: what the simulated repo server and source
// controller read. Trees are cached by commit SHA (a commit never changes).
import { readTree, type GitContext } from "@/lib/git";
import type { FileTree } from "@/lib/kustomize";
import type { GitRead, GitSource } from "./git-source";

/** @example repositoryGitSource({ "https://git.example/apps.git": repo }) */
export function repositoryGitSource(repositories: Readonly<Record<string, GitContext>>): GitSource {
  const cache = new Map<string, FileTree>();
  return {
    async read(repoURL: string, revision: string): Promise<GitRead> {
      const repo = repositories[repoURL];
      if (!repo) return { ok: false, message: `repository not found: ${repoURL}` };
      try {
        const { sha, files } = await readTree(repo, { ref: revision });
        const cached = cache.get(`${repoURL}@${sha}`) ?? files;
        cache.set(`${repoURL}@${sha}`, cached);
        return { ok: true, sha, files: cached };
      } catch (error) {
        return { ok: false, message: `unable to resolve '${revision}' to a commit SHA: ${(error as Error).message}` };
      }
    },
  };
}
