// A GitSource over lib/git repositories, by URL: what the simulated repo server and source
// controller read. Trees are cached by commit SHA (a commit never changes).
import { readTree, resolveRevision, type GitContext } from "@/lib/git";
import type { FileTree } from "@/lib/kustomize";
import type { GitRead, GitSource } from "./git-source";

/** @example repositoryGitSource({ "https://git.example/apps.git": repo }) */
export function repositoryGitSource(repositories: Readonly<Record<string, GitContext>>): GitSource {
  const cache = new Map<string, FileTree>();
  return {
    async resolve(repoURL: string, revision: string): Promise<string | undefined> {
      const repo = repositories[repoURL];
      if (!repo) return undefined;
      return resolveRevision(repo, { ref: revision }).catch(() => undefined);
    },
    async read(repoURL: string, revision: string): Promise<GitRead> {
      const repo = repositories[repoURL];
      if (!repo) return { ok: false, message: `repository not found: ${repoURL}` };
      try {
        const sha = await resolveRevision(repo, { ref: revision });
        const cached = cache.get(`${repoURL}@${sha}`);
        if (cached) return { ok: true, sha, files: cached };
        const { files } = await readTree(repo, { ref: sha });
        cache.set(`${repoURL}@${sha}`, files);
        return { ok: true, sha, files };
      } catch (error) {
        return { ok: false, message: `unable to resolve '${revision}' to a commit SHA: ${(error as Error).message}` };
      }
    },
  };
}
