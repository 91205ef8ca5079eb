"use client";
// The worker's reply to a command and the view it produces travel separately, in either
// order: what a command made (a commit's SHA, a new pull request) is read from the view once
// it shows.
import type { RepositoryView } from "@/lib/sandbox/view-schema";
import { useWorkbench, type WorkbenchState } from "@/components/sandbox/workbench-store";

function repositoryIn(state: WorkbenchState, url: string): RepositoryView | undefined {
  return state.view?.repositories.find((repository) => repository.url === url);
}

/**
 * Resolves with the repository as soon as `ready` holds for it, or null after `timeoutMs`.
 * @example const repo = await waitForRepository(url, (r) => r.head.oid !== before)
 */
export function waitForRepository(url: string, ready: (repository: RepositoryView) => boolean, timeoutMs = 3000): Promise<RepositoryView | null> {
  const now = repositoryIn(useWorkbench.getState(), url);
  if (now && ready(now)) return Promise.resolve(now);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      unsubscribe();
      resolve(null);
    }, timeoutMs);
    const unsubscribe = useWorkbench.subscribe((state) => {
      const repository = repositoryIn(state, url);
      if (!repository || !ready(repository)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(repository);
    });
  });
}
