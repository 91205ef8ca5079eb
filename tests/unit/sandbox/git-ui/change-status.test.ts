import { expect, test } from "vitest";
import { commitButtonLabel, splitChanges, type PathChange } from "@/components/sandbox/git/change-status";

function change(path: string, flags: Omit<PathChange, "path">): PathChange {
  return { path, ...flags };
}

test("an edited file is modified in the unstaged list only", () => {
  const changes = [change("a.yaml", { inHead: true, changedInWorktree: true, staged: false, unstaged: true })];
  expect(splitChanges(changes, ["a.yaml"])).toEqual({ staged: [], unstaged: [{ path: "a.yaml", letter: "M", description: "Modified" }] });
});

test("a new file is untracked until staged, then added", () => {
  const untracked = [change("new.yaml", { inHead: false, changedInWorktree: true, staged: false, unstaged: true })];
  expect(splitChanges(untracked, ["new.yaml"])).toEqual({ staged: [], unstaged: [{ path: "new.yaml", letter: "A", description: "Added (untracked)" }] });
  const staged = [change("new.yaml", { inHead: false, changedInWorktree: true, staged: true, unstaged: false })];
  expect(splitChanges(staged, ["new.yaml"])).toEqual({ staged: [{ path: "new.yaml", letter: "A", description: "Added" }], unstaged: [] });
});

test("a deleted file is deleted in the list it sits in", () => {
  const unstaged = [change("old.yaml", { inHead: true, changedInWorktree: true, staged: false, unstaged: true })];
  expect(splitChanges(unstaged, [])).toEqual({ staged: [], unstaged: [{ path: "old.yaml", letter: "D", description: "Deleted" }] });
  const staged = [change("old.yaml", { inHead: true, changedInWorktree: true, staged: true, unstaged: false })];
  expect(splitChanges(staged, [])).toEqual({ staged: [{ path: "old.yaml", letter: "D", description: "Deleted" }], unstaged: [] });
});

test("a file staged and edited again is in both lists", () => {
  const changes = [change("a.yaml", { inHead: true, changedInWorktree: true, staged: true, unstaged: true })];
  expect(splitChanges(changes, ["a.yaml"])).toEqual({
    staged: [{ path: "a.yaml", letter: "M", description: "Modified" }],
    unstaged: [{ path: "a.yaml", letter: "M", description: "Modified" }],
  });
});

test("a staged new file deleted again is added in the index and deleted in the working tree", () => {
  const changes = [change("n.yaml", { inHead: false, changedInWorktree: false, staged: true, unstaged: true })];
  expect(splitChanges(changes, [])).toEqual({
    staged: [{ path: "n.yaml", letter: "A", description: "Added" }],
    unstaged: [{ path: "n.yaml", letter: "D", description: "Deleted" }],
  });
});

test("the commit button says whether it takes the staged files or all of them", () => {
  expect(commitButtonLabel(2, 5)).toBe("Commit 2 staged");
  expect(commitButtonLabel(0, 3)).toBe("Commit all 3");
  expect(commitButtonLabel(0, 0)).toBe("Commit");
});
