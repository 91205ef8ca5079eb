import { expect, test } from "vitest";
import {
  approvePullRequest,
  createRepository,
  createTag,
  GitError,
  mergeBranch,
  openPullRequest,
  summarizeRepository,
  writeFile,
  type RepositorySummary,
} from "@/lib/git";
import { loadSeed } from "./load-seed";
import { ADA, GRACE, memoryRepo, rejection } from "./memory-repo";

const INITIAL = "ed11295002cc955280d54527ad9d7064287f32ea";
const MAIN = "688bdc65bb371be568ba3c7ea441dd51a3128e6d";
const SCALE = "63aeb82006f39574292c7d1f7ca0dfd101ac0054";
const PROBE = "68b0ecae215194b845e520dc170264d78f295173";
const MERGE = "4900df37ee3cfeb5304540ea8a3a7c950fc17fca";

function signature(who: { name: string; email: string }, timestamp: number) {
  return { name: who.name, email: who.email, timestamp };
}

test("the summary holds branches, HEAD, the commit graph children-first, tags, pull requests and changes", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  await mergeBranch(repo, { branch: "scale-web" });
  await createTag(repo, { name: "v1" });
  await openPullRequest(repo, { source: "add-probe", base: "main", title: "Probe" });
  await writeFile(repo, { path: "notes.txt", content: "todo\n" });
  const summary = await summarizeRepository(repo);
  expect(summary).toEqual({
    head: { branch: "main", oid: MERGE },
    branches: [
      { name: "add-probe", oid: PROBE },
      { name: "main", oid: MERGE },
      { name: "scale-web", oid: SCALE },
    ],
    tags: [{ name: "v1", commit: MERGE, annotated: false, message: null }],
    commits: [
      { oid: PROBE, message: "Add a readiness probe config\n", parents: [MAIN], author: signature(ADA, 1_700_000_180), committer: signature(ADA, 1_700_000_180) },
      { oid: MERGE, message: "Merge branch 'scale-web'\n", parents: [MAIN, SCALE], author: signature(ADA, 1_700_000_240), committer: signature(ADA, 1_700_000_240) },
      { oid: SCALE, message: "Scale web to 3 replicas\n", parents: [INITIAL], author: signature(ADA, 1_700_000_060), committer: signature(ADA, 1_700_000_060) },
      { oid: MAIN, message: "Document the sync policy\n", parents: [INITIAL], author: signature(GRACE, 1_700_000_120), committer: signature(GRACE, 1_700_000_120) },
      { oid: INITIAL, message: "Initial commit\n", parents: [], author: signature(ADA, 1_700_000_000), committer: signature(ADA, 1_700_000_000) },
    ],
    pullRequests: [
      {
        number: 1,
        title: "Probe",
        description: "",
        source: "add-probe",
        base: "main",
        author: ADA,
        state: "open",
        createdAt: 1_700_000_300,
        approvals: [],
        mergeCommit: null,
        mergedAt: null,
        closedAt: null,
      },
    ],
    operation: null,
    changes: [{ path: "notes.txt", inHead: false, changedInWorktree: true, staged: false, unstaged: true }],
  } satisfies RepositorySummary);
});

test("the same seed and the same commands give byte-identical summaries", async () => {
  async function run(dir: string): Promise<string> {
    const repo = memoryRepo(dir);
    await createRepository(repo, loadSeed("deployment-history"));
    await mergeBranch(repo, { branch: "scale-web" });
    await createTag(repo, { name: "v2", message: "Second release" });
    await openPullRequest(repo, { source: "add-probe", base: "main", title: "Probe" });
    await approvePullRequest(repo, { number: 1, reviewer: GRACE });
    return JSON.stringify(await summarizeRepository(repo));
  }
  expect(await run("/one")).toBe(await run("/two/nested"));
});

test("errors survive a worker boundary: structured clone and JSON keep code, message and data", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("conflicting-edits"));
  let caught: unknown;
  try {
    await mergeBranch(repo, { branch: "upgrade" });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(GitError);
  const plain = JSON.parse(JSON.stringify(caught));
  expect(plain).toEqual({ name: "GitError", ...(await rejection(Promise.reject(caught))) });
  const cloned = structuredClone((caught as GitError).toJSON());
  expect(cloned.data).toEqual((caught as GitError).data);
  expect((await summarizeRepository(repo)).operation?.conflicts).toEqual(["config.yaml", "k8s/deployment.yaml", "k8s/legacy.yaml"]);
});
