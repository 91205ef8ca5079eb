import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { readTrackIndex } from "@/lib/content/track-index.server";

const roots: string[] = [];
function copyOfContent() {
  const root = mkdtempSync(path.join(os.tmpdir(), "reconcile-content-"));
  cpSync("content", path.join(root, "content"), { recursive: true });
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

test("the track lists modules 3.1 to 3.6 in order, from content/", async () => {
  const { track, lessons } = await readTrackIndex(process.cwd());
  expect(track.title).toBe("GitOps");
  expect(lessons.map((lesson) => lesson.id)).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]);
  expect(lessons.map((lesson) => lesson.title)).toEqual([
    "What is GitOps?",
    "Repository Strategies",
    "Environment Promotion",
    "Drift Detection",
    "Secrets in GitOps",
    "Multi-Cluster GitOps",
  ]);
});

test("a new lesson folder appears in the list without code changes", async () => {
  const root = copyOfContent();
  cpSync(path.join(root, "content/gitops/3.6-multi-cluster-gitops"), path.join(root, "content/gitops/3.7-extra"), { recursive: true });
  const file = path.join(root, "content/gitops/3.7-extra/lesson.mdx");
  writeFileSync(file, readFileSync(file, "utf8").replace('id: "3.6"', 'id: "3.7"').replace(/^slug: .*$/m, "slug: extra").replace(/^title: .*$/m, "title: Extra Module"));
  const { lessons } = await readTrackIndex(root);
  expect(lessons.at(-1)).toMatchObject({ id: "3.7", title: "Extra Module" });
});

test("invalid frontmatter names the file, the line and the rule", async () => {
  const root = copyOfContent();
  const file = "content/gitops/3.2-repository-strategies/lesson.mdx";
  writeFileSync(path.join(root, file), "---\nid: \"3.2\"\nslug: repository-strategies\ntitle: Repository Strategies\ncomplexity: extreme\ntimeRange: 35-45 min\ndescription: Monorepo or polyrepo and more besides.\n---\n\nBody.\n");
  await expect(readTrackIndex(root)).rejects.toThrow(`${file}:5: frontmatter complexity: Invalid option`);
});

test("a duplicate id is refused", async () => {
  const root = copyOfContent();
  const file = path.join(root, "content/gitops/3.3-environment-promotion/lesson.mdx");
  writeFileSync(file, readFileSync(file, "utf8").replace('id: "3.3"', 'id: "3.2"'));
  await expect(readTrackIndex(root)).rejects.toThrow("duplicate id 3.2");
});
