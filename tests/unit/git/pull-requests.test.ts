import { expect, test } from "vitest";
import {
  approvePullRequest,
  closePullRequest,
  createRepository,
  diffPullRequest,
  listPullRequests,
  mergePullRequest,
  openPullRequest,
  readFile,
  readLog,
  summarizeRepository,
  writeFile,
} from "@/lib/git";
import { loadSeed } from "./load-seed";
import { ADA, GRACE, memoryRepo, rejection } from "./memory-repo";

const MAIN = "688bdc65bb371be568ba3c7ea441dd51a3128e6d";
const SCALE = "63aeb82006f39574292c7d1f7ca0dfd101ac0054";

async function historyRepo() {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  return repo;
}

test("a pull request is opened, reviewed, approved and merged with a merge commit", async () => {
  const repo = await historyRepo();
  const opened = await openPullRequest(repo, { source: "scale-web", base: "main", title: "Scale web to 3" });
  expect(opened).toEqual({
    number: 1,
    title: "Scale web to 3",
    description: "",
    source: "scale-web",
    base: "main",
    author: ADA,
    state: "open",
    createdAt: 1_700_000_240,
    approvals: [],
    mergeCommit: null,
    mergedAt: null,
    closedAt: null,
  });
  expect((await diffPullRequest(repo, { number: 1 })).map((diff) => [diff.path, diff.status, diff.hunks[0].lines.filter((line) => line[0] !== " ")])).toEqual([
    ["k8s/deployment.yaml", "modified", ["-  replicas: 1", "+  replicas: 3"]],
  ]);
  expect(await rejection(mergePullRequest(repo, { number: 1, requiredApprovals: 1 }))).toEqual({
    code: "NOT_APPROVED",
    message: "Pull request #1 needs 1 approval(s) and has 0.",
    data: { number: 1, required: 1, approvals: 0 },
  });
  expect((await rejection(approvePullRequest(repo, { number: 1, reviewer: ADA }))).code).toBe("SELF_APPROVAL");
  const approved = await approvePullRequest(repo, { number: 1, reviewer: GRACE });
  expect(approved.approvals).toEqual([{ reviewer: GRACE, at: 1_700_000_300, headOid: SCALE }]);
  const merged = await mergePullRequest(repo, { number: 1, requiredApprovals: 1 });
  expect(merged).toMatchObject({ state: "merged", mergeCommit: "3f36b7f2fde6817e98ec2cf0289b5fe1413465ad", mergedAt: 1_700_000_360 });
  expect((await readLog(repo, { depth: 1 }))[0]).toMatchObject({
    oid: "3f36b7f2fde6817e98ec2cf0289b5fe1413465ad",
    message: "Merge pull request #1 from scale-web\n\nScale web to 3\n",
    parents: [MAIN, SCALE],
  });
  // main is checked out: its working tree follows the merge.
  expect(await readFile(repo, { path: "k8s/deployment.yaml" })).toContain("replicas: 3");
  expect((await summarizeRepository(repo)).changes).toEqual([]);
  // The diff of a merged pull request is what its merge commit brought in.
  expect((await diffPullRequest(repo, { number: 1 })).map((diff) => diff.path)).toEqual(["k8s/deployment.yaml"]);
  expect((await rejection(mergePullRequest(repo, { number: 1 }))).code).toBe("PULL_REQUEST_NOT_OPEN");
});

test("a pull request into a branch that is not checked out leaves the working tree alone", async () => {
  const repo = await historyRepo();
  await openPullRequest(repo, { source: "add-probe", base: "scale-web", title: "Probe on the scale branch", author: GRACE });
  const merged = await mergePullRequest(repo, { number: 1 });
  expect(merged.state).toBe("merged");
  expect(await readFile(repo, { path: "k8s/probe.yaml", ref: "scale-web" })).toBe("path: /healthz\nport: 8080\n");
  expect(await readFile(repo, { path: "k8s/deployment.yaml", ref: "scale-web" })).toContain("replicas: 3");
  expect((await summarizeRepository(repo)).head).toEqual({ branch: "main", oid: MAIN });
});

test("pull requests are listed by number and state, and closing one keeps its branches", async () => {
  const repo = await historyRepo();
  await openPullRequest(repo, { source: "scale-web", base: "main", title: "Scale" });
  await openPullRequest(repo, { source: "add-probe", base: "main", title: "Probe", description: "Adds a probe." });
  const closed = await closePullRequest(repo, { number: 2 });
  expect(closed).toMatchObject({ number: 2, state: "closed", closedAt: 1_700_000_360 });
  expect((await listPullRequests(repo, {})).map((pr) => [pr.number, pr.state])).toEqual([
    [1, "open"],
    [2, "closed"],
  ]);
  expect((await listPullRequests(repo, { state: "open" })).map((pr) => pr.number)).toEqual([1]);
  expect((await rejection(closePullRequest(repo, { number: 2 }))).code).toBe("PULL_REQUEST_NOT_OPEN");
  expect((await rejection(approvePullRequest(repo, { number: 2, reviewer: GRACE }))).code).toBe("PULL_REQUEST_NOT_OPEN");
  // The same pair can be proposed again once the first one is closed.
  expect((await openPullRequest(repo, { source: "add-probe", base: "main", title: "Probe, again" })).number).toBe(3);
});

test("opening is refused for duplicates, unknown branches and branches with nothing new", async () => {
  const repo = await historyRepo();
  await openPullRequest(repo, { source: "scale-web", base: "main", title: "Scale" });
  expect(await rejection(openPullRequest(repo, { source: "scale-web", base: "main", title: "Again" }))).toEqual({
    code: "ALREADY_EXISTS",
    message: "Pull request #1 already proposes scale-web into main.",
    data: { number: 1 },
  });
  expect((await rejection(openPullRequest(repo, { source: "nope", base: "main", title: "x" }))).code).toBe("NOT_FOUND");
  expect((await rejection(openPullRequest(repo, { source: "main", base: "main", title: "x" }))).code).toBe("INVALID_ARGUMENT");
  expect((await rejection(openPullRequest(repo, { source: "main", base: "add-probe", title: "x" }))).code).toBe("NOTHING_TO_MERGE");
  expect((await rejection(diffPullRequest(repo, { number: 9 }))).code).toBe("NOT_FOUND");
});

test("a conflicting pull request cannot be merged and changes nothing", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("conflicting-edits"));
  await openPullRequest(repo, { source: "upgrade", base: "main", title: "Upgrade to 1.1.0" });
  const before = await summarizeRepository(repo);
  const error = await rejection(mergePullRequest(repo, { number: 1 }));
  expect(error.code).toBe("MERGE_CONFLICT");
  expect((error.data.conflicts as { path: string; kind: string }[]).map(({ path, kind }) => [path, kind])).toEqual([
    ["config.yaml", "add/add"],
    ["k8s/deployment.yaml", "content"],
    ["k8s/legacy.yaml", "delete/modify"],
  ]);
  expect(await summarizeRepository(repo)).toEqual(before);
});

test("merging into the checked-out branch needs a clean working tree", async () => {
  const repo = await historyRepo();
  await openPullRequest(repo, { source: "scale-web", base: "main", title: "Scale" });
  await writeFile(repo, { path: "README.md", content: "dirty\n" });
  expect((await rejection(mergePullRequest(repo, { number: 1 }))).code).toBe("DIRTY_WORKTREE");
  expect((await listPullRequests(repo))[0].state).toBe("open");
});
