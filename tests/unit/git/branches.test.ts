import { expect, test } from "vitest";
import { commit, createBranch, createRepository, deleteBranch, listFiles, readFile, summarizeRepository, switchBranch, writeFile } from "@/lib/git";
import { loadSeed } from "./load-seed";
import { memoryRepo, rejection } from "./memory-repo";

const MAIN = "688bdc65bb371be568ba3c7ea441dd51a3128e6d";

async function branchesOf(repo: ReturnType<typeof memoryRepo>) {
  const { head, branches } = await summarizeRepository(repo);
  return { head, branches };
}

test("the seed's branches point where its history put them", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  expect(await branchesOf(repo)).toEqual({
    head: { branch: "main", oid: MAIN },
    branches: [
      { name: "add-probe", oid: "68b0ecae215194b845e520dc170264d78f295173" },
      { name: "main", oid: MAIN },
      { name: "scale-web", oid: "63aeb82006f39574292c7d1f7ca0dfd101ac0054" },
    ],
  });
});

test("a branch is created from HEAD or from a ref, and switching changes the working tree", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  expect(await createBranch(repo, { name: "feature/retry", switchTo: true })).toBe(MAIN);
  expect((await summarizeRepository(repo)).head.branch).toBe("feature/retry");
  expect(await createBranch(repo, { name: "from-scale", from: "scale-web" })).toBe("63aeb82006f39574292c7d1f7ca0dfd101ac0054");
  await switchBranch(repo, { name: "from-scale" });
  expect(await readFile(repo, { path: "k8s/deployment.yaml" })).toContain("replicas: 3");
  await switchBranch(repo, { name: "add-probe" });
  expect(await listFiles(repo)).toEqual(["README.md", "k8s/deployment.yaml", "k8s/probe.yaml", "k8s/service.yaml"]);
  await switchBranch(repo, { name: "main" });
  expect(await listFiles(repo)).toEqual(["README.md", "k8s/deployment.yaml", "k8s/service.yaml"]);
});

test("switching with uncommitted changes is refused, listing them", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  await writeFile(repo, { path: "README.md", content: "edited\n" });
  await writeFile(repo, { path: "notes.txt", content: "new\n" });
  expect(await rejection(switchBranch(repo, { name: "scale-web" }))).toEqual({
    code: "DIRTY_WORKTREE",
    message: "Commit or discard your changes before you switch branches: README.md, notes.txt.",
    data: { paths: ["README.md", "notes.txt"] },
  });
  await commit(repo, { message: "Notes", all: true });
  await switchBranch(repo, { name: "scale-web" });
  expect(await listFiles(repo)).not.toContain("notes.txt");
});

test("branch names are checked, duplicates refused, the current branch kept", async () => {
  const repo = memoryRepo();
  await createRepository(repo, loadSeed("deployment-history"));
  for (const name of ["has space", "a..b", "-dash", "end.lock", "x~1", "new/", "tilde^"]) {
    expect((await rejection(createBranch(repo, { name }))).code, name).toBe("INVALID_REF");
  }
  expect(await rejection(createBranch(repo, { name: "main" }))).toEqual({
    code: "ALREADY_EXISTS",
    message: "A branch named main already exists.",
    data: { branch: "main" },
  });
  expect((await rejection(createBranch(repo, { name: "x", from: "nowhere" }))).code).toBe("NOT_FOUND");
  expect((await rejection(switchBranch(repo, { name: "nowhere" }))).code).toBe("NOT_FOUND");
  expect((await rejection(deleteBranch(repo, { name: "nowhere" }))).code).toBe("NOT_FOUND");
  expect((await rejection(deleteBranch(repo, { name: "main" }))).code).toBe("CURRENT_BRANCH");
  expect(await deleteBranch(repo, { name: "scale-web" })).toBe("63aeb82006f39574292c7d1f7ca0dfd101ac0054");
  expect((await branchesOf(repo)).branches.map((branch) => branch.name)).toEqual(["add-probe", "main"]);
});

test("a branch needs a commit to start from", async () => {
  const repo = memoryRepo();
  await createRepository(repo);
  expect((await rejection(createBranch(repo, { name: "early" }))).code).toBe("NOT_FOUND");
});
