// Finds and reads the kustomization file of a directory, as kustomize's LoadKustFile does:
// exactly one of kustomization.yaml, kustomization.yml or Kustomization must exist.
import { displayPath, resolvePath, type TreeIndex } from "./file-tree";
import { KustomizeError } from "./kustomize-error";
import { isJsonObject } from "./json-value";
import { kustomizationSchema, UNSUPPORTED_FIELDS, type Kustomization } from "./kustomization-schema";
import { parseYamlDocuments } from "./parse-manifests";

export const KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"] as const;

export interface LoadedKustomization {
  readonly file: string;
  readonly kustomization: Kustomization;
}

function findKustomizationFile(tree: TreeIndex, dir: string): string {
  const found = KUSTOMIZATION_FILE_NAMES.map((name) => resolvePath(dir, name)!).filter((path) => tree.files.has(path));
  if (found.length === 0) {
    throw new KustomizeError(
      "MISSING_KUSTOMIZATION",
      `${displayPath(dir)}: no kustomization file (expected one of ${KUSTOMIZATION_FILE_NAMES.join(", ")})`,
      { file: displayPath(dir) },
    );
  }
  if (found.length > 1) {
    throw new KustomizeError("INVALID_KUSTOMIZATION", `${displayPath(dir)}: found multiple kustomization files (${found.join(", ")})`, { file: found[0] });
  }
  return found[0];
}

/**
 * Reads and validates the kustomization of `dir`.
 * @example loadKustomization(indexTree(new Map([["kustomization.yaml", "resources: [a.yaml]"]])), "")
 */
export function loadKustomization(tree: TreeIndex, dir: string): LoadedKustomization {
  const file = findKustomizationFile(tree, dir);
  const documents = parseYamlDocuments(tree.files.get(file)!, file, "yaml-1.1");
  const raw = documents.length === 0 ? {} : documents[0];
  if (documents.length > 1 || !isJsonObject(raw)) {
    throw new KustomizeError("INVALID_KUSTOMIZATION", `${file}: a kustomization must be a single YAML mapping`, { file });
  }
  const unsupported = UNSUPPORTED_FIELDS.filter((field) => field in raw);
  if (unsupported.length > 0) {
    throw new KustomizeError("UNSUPPORTED_FIELD", `${file}: the field ${unsupported[0]} is not supported by this kustomize model`, { file });
  }
  const parsed = kustomizationSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    // Kustomize reads this file as YAML 1.1: yes/no/on/off/y/n are booleans, 1.20 a number.
    const hint = /expected string, received (boolean|number)/.test(issue.message) ? " (quote the value to make it a string)" : "";
    throw new KustomizeError("INVALID_KUSTOMIZATION", `${file}: invalid kustomization${where}: ${issue.message}${hint}`, { file });
  }
  // Kustomize's CheckEmpty: nothing besides apiVersion and kind is an error, not an empty build.
  const { apiVersion: _apiVersion, kind: _kind, ...rest } = parsed.data;
  if (Object.values(rest).every((value) => value === undefined)) {
    throw new KustomizeError("INVALID_KUSTOMIZATION", `${file}: the kustomization is empty`, { file });
  }
  return { file, kustomization: parsed.data };
}
