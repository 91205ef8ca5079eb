// Reading a file a kustomization names (a resource, patch or generator source). Like
// kustomize's default load restrictor (LoadRestrictionsRootOnly), a file must lie in or below
// the kustomization's own directory; only directories (bases) may be reached with "../".
import { displayPath, resolvePath, type TreeIndex } from "./file-tree";
import { KustomizeError } from "./kustomize-error";

/**
 * Resolves a path a kustomization names, refusing anything outside the repository.
 * @example resolveInRepository("overlays/prod", "../../base", "overlays/prod/kustomization.yaml") // "base"
 */
export function resolveInRepository(dir: string, relative: string, kustomizationFile: string): string {
  const path = resolvePath(dir, relative);
  if (path === null) {
    throw new KustomizeError("PATH_OUTSIDE_ROOT", `${kustomizationFile}: '${relative}' points outside the repository`, { file: kustomizationFile });
  }
  return path;
}

/**
 * Reads a file named by the kustomization in `dir`.
 * @example readRootFile(tree, "base", "deployment.yaml", "base/kustomization.yaml")
 */
export function readRootFile(tree: TreeIndex, dir: string, relative: string, kustomizationFile: string): { path: string; text: string } {
  const path = resolveInRepository(dir, relative, kustomizationFile);
  const text = tree.files.get(path);
  if (text === undefined) {
    throw new KustomizeError("FILE_NOT_FOUND", `${kustomizationFile}: file '${relative}' not found (looked for ${path})`, { file: path });
  }
  if (dir !== "" && path !== dir && !path.startsWith(`${dir}/`)) {
    throw new KustomizeError(
      "PATH_OUTSIDE_ROOT",
      `${kustomizationFile}: security: file '${relative}' is not in or below '${displayPath(dir)}'`,
      { file: path },
    );
  }
  return { path, text };
}
