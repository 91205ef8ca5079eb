// Trees as flat maps from path to blob: the form diffs and three-way merges work on.
import git from "isomorphic-git";
import { gitOptions, type GitContext } from "./git-context";

export interface TreeFile {
  oid: string;
  mode: string;
}

/** Every file of a commit's tree, keyed by path, in path order. */
export async function readCommitFiles(ctx: GitContext, commitOid: string | undefined): Promise<Map<string, TreeFile>> {
  const files = new Map<string, TreeFile>();
  if (!commitOid) return files;
  const { commit } = await git.readCommit({ ...gitOptions(ctx), oid: commitOid });
  await collectTree(ctx, commit.tree, "", files);
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function collectTree(ctx: GitContext, treeOid: string, prefix: string, files: Map<string, TreeFile>): Promise<void> {
  const { tree } = await git.readTree({ ...gitOptions(ctx), oid: treeOid });
  for (const entry of tree) {
    const path = prefix + entry.path;
    if (entry.type === "tree") await collectTree(ctx, entry.oid, `${path}/`, files);
    else if (entry.type === "blob") files.set(path, { oid: entry.oid, mode: entry.mode });
  }
}

export async function readBlobBytes(ctx: GitContext, oid: string): Promise<Uint8Array> {
  const { blob } = await git.readBlob({ ...gitOptions(ctx), oid });
  return blob;
}

interface DirectoryNode {
  files: Map<string, TreeFile>;
  directories: Map<string, DirectoryNode>;
}

/** Writes the tree objects for a flat file map and returns the root tree's SHA. */
export async function writeCommitFiles(ctx: GitContext, files: ReadonlyMap<string, TreeFile>): Promise<string> {
  const root: DirectoryNode = { files: new Map(), directories: new Map() };
  for (const [path, file] of files) {
    const segments = path.split("/");
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      const next = node.directories.get(segment) ?? { files: new Map(), directories: new Map() };
      node.directories.set(segment, next);
      node = next;
    }
    node.files.set(segments[segments.length - 1], file);
  }
  return writeDirectory(ctx, root);
}

async function writeDirectory(ctx: GitContext, node: DirectoryNode): Promise<string> {
  const entries: { mode: string; path: string; oid: string; type: "blob" | "tree" }[] = [];
  for (const [name, child] of node.directories) {
    entries.push({ mode: "040000", path: name, oid: await writeDirectory(ctx, child), type: "tree" });
  }
  for (const [name, file] of node.files) entries.push({ mode: file.mode, path: name, oid: file.oid, type: "blob" });
  // isomorphic-git sorts entries into git's tree order itself.
  return git.writeTree({ ...gitOptions(ctx), tree: entries });
}
